-- Issue 41: who supplied each piece of evidence (its provenance). Only what the board gathered itself carries the
-- declaration that it was gathered by open methods (LSCB section 3); what a reporter sent on the public page was
-- recorded until now with a declaration nobody made. Existing rows get their true source: the public page's
-- ('public-page') are the reporter's, and lose the declaration; the member's proof is the member's; what the
-- board's monitoring tool sent (its callers are named 'api:...') is the tool's; the rest the board's officers'.
-- A reporter's evidence reaches the member and the HR partner only once an officer has reviewed it
-- (evidence_review). Portable SQL: H2 2.x and PostgreSQL 15.
alter table evidence add column supplied_by varchar(20);
update evidence set supplied_by = case
    when captured_by = 'public-page' then 'REPORTER'
    when capture_method = 'PROVIDED_BY_MEMBER' then 'MEMBER'
    when captured_by like 'api:%' then 'MONITORING_TOOL'
    else 'OFFICER' end;
alter table evidence alter column supplied_by set not null;
alter table evidence drop constraint ck_evidence_open_method;
update evidence set open_method_declared = false where supplied_by = 'REPORTER';
alter table evidence add constraint ck_evidence_open_method
    check (open_method_declared = (supplied_by <> 'REPORTER'));

-- An officer looked at what a reporter supplied and accepted it as supplied (never a declaration of open methods).
create table evidence_review (
    evidence_id  bigint        primary key references evidence (id),
    tenant_id    varchar(20)   not null references board (id),
    reviewed_by  varchar(100)  not null,
    reviewed_at  timestamp with time zone not null
);
