-- Issue 12. Portable SQL: H2 2.x and PostgreSQL 15.
-- The officer's triage note is kept on the case, where the senior reads it before authorising the investigation;
-- the timeline records that triage happened. (Cases triaged before this version show the note in their timeline.)
alter table safeguarding_case add column triage_note varchar(4000);
