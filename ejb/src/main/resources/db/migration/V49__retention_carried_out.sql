-- Issue 14: what the retention rule says goes, goes.
-- The audit chain survives erasure: entries from now on (hash format 3) hash the SHA-256 of their detail in place of
-- its words, kept here; erased_at says when the words were erased. Entries written before keep their format.
alter table timeline_entry add column detail_digest varchar(64);
alter table timeline_entry add column erased_at timestamp with time zone;

-- A legal hold (a tribunal, a police investigation, a complaint): a held case is never removed.
alter table safeguarding_case add column held_at timestamp with time zone;
alter table safeguarding_case add column held_by varchar(100);
alter table safeguarding_case add column hold_reason varchar(1000);

-- The record that stays once a case is removed: the row keeps its reference, its board, when and how it closed and
-- the rule it was kept under; its personal details are erased and removed_at says when.
alter table safeguarding_case add column removed_at timestamp with time zone;
create index ix_case_retention_due on safeguarding_case (tenant_id, retention_until);

-- How long a concern closed at triage with no further action is kept (nothing was found): the board's to set.
alter table board add column triage_closure_retention_months integer default 12 not null;
