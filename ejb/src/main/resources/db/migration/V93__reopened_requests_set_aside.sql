-- Issue 38: a case a senior manager reopens within its cooling-off period starts its investigation again. The
-- requests made to the member before are kept as they were answered, but set aside (set_aside_at): the process makes a
-- new request when it asks for one. A case may so hold more than one request of a kind, only one of them current (the
-- one not set aside), which the application keeps; H2 has no partial unique index to say it. Portable SQL: H2 2.x and
-- PostgreSQL 15.
alter table member_request add column set_aside_at timestamp with time zone;
alter table member_request drop constraint uq_member_request;
create index ix_member_request_case_kind on member_request (case_id, kind);
