-- Issue 65: when the check found the designated person's deadline missed (the board's seniors told once).
-- Portable SQL: H2 2.x and PostgreSQL 15.
alter table practitioner_concern add column designated_missed_at timestamp with time zone;
