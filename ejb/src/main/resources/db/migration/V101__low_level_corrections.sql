-- Issue 41, review: a low-level concern recorded against the wrong member can be moved to the right one, with the
-- reason kept on the concern (the timeline names neither member, only their numbers); and a pattern alert keeps the
-- day its window opened, so that the retention rule can tell when nothing it counted is kept any more. Portable SQL:
-- H2 2.x and PostgreSQL 15.
alter table low_level_concern add column corrected_from bigint;
alter table low_level_concern add column correction_reason varchar(1000);
alter table low_level_concern add column corrected_by varchar(100);
alter table low_level_concern add column corrected_at timestamp with time zone;

alter table low_level_alert add column window_from date;
