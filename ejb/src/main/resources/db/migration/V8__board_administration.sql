-- Board administration (issue 4): the admin deactivates parent organisations that are still referenced,
-- and retires or re-words policy clauses without changing the words an allegation already cited.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- A deactivated organisation stays on the cases, people and referrals that name it, but is not offered
-- for new ones.
alter table parent_organisation add column active boolean default true not null;

-- A clause already cited is never re-worded in place: the change becomes a new version (same reference,
-- next version number) and the cited version is retired, so every case keeps the text it cited.
-- A retired clause cannot be cited any more. Only one current version per reference (checked by the service).
alter table policy_clause add column version_no integer default 1 not null;
alter table policy_clause add column retired boolean default false not null;
alter table policy_clause drop constraint uq_policy_clause_reference;
alter table policy_clause add constraint uq_policy_clause_version unique (tenant_id, reference, version_no);
