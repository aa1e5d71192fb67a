-- Issue 38: decisions that can be put right. A case's record may not be removed before the board's cooling-off
-- period has passed since it was closed, or since an allegation was agreed false or malicious (30 days unless the
-- board sets otherwise); within it a senior manager may reopen the case. A false or malicious finding is first
-- proposed by one senior manager and waits for a second to agree or refuse it. Cases closed before this have no
-- cooling-off date (null): nothing changes for them. Portable SQL: H2 2.x and PostgreSQL 15.
alter table board add column cooling_off_days integer default 30 not null;
alter table safeguarding_case add column removal_not_before date;
alter table safeguarding_case add column proposed_finding varchar(40);
alter table safeguarding_case add column finding_proposed_by varchar(100);
alter table safeguarding_case add column finding_proposed_at timestamp with time zone;
alter table safeguarding_case add column finding_proposal_reason varchar(4000);
alter table safeguarding_case add column finding_agreed_by varchar(100);
-- The second seniors' task list: the board's findings waiting for agreement.
create index ix_case_finding_proposed on safeguarding_case (tenant_id, finding_proposed_at);
