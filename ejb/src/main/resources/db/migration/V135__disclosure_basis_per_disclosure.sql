-- Issue 65: each disclosure's legal basis may be chosen again from the board's list after it was made (its kind's
-- basis is the default); who chose it and when are kept with it, and the change is on the timeline.
-- Portable SQL: H2 2.x and PostgreSQL.
alter table disclosure add column basis_chosen_by varchar(100);
alter table disclosure add column basis_chosen_at timestamp with time zone;
