-- Design cleanup (issue 11). Portable SQL: H2 2.x and PostgreSQL 15.
-- Every deadline is a Deadline value (due, reminder, reminded, missed): the LADO referral's now lives on the case
-- like the others (it lived only in the process), and a referral keeps the reminder it was given.
alter table safeguarding_case add column lado_due timestamp with time zone;
alter table safeguarding_case add column lado_reminder_at timestamp with time zone;
alter table safeguarding_case add column lado_reminded_at timestamp with time zone;
alter table referral add column acknowledgement_reminder_at timestamp with time zone;
-- The officer's findings and the senior's approval note are kept on the case, where the referral pack reads them;
-- the timeline records that they happened.
alter table safeguarding_case add column decision_findings varchar(4000);
alter table safeguarding_case add column approval_note varchar(4000);
alter table safeguarding_case add column approved_by varchar(100);
