-- The nightly chain check goes on from the last verified entry (issue 18): a check records where it started
-- (1 for the whole chain) and, when intact, the last entry it verified and that entry's hash, so the next night's
-- check need only read what was written since. Portable SQL: H2 2.x and PostgreSQL 15.
alter table audit_chain_check add column from_sequence bigint not null default 1;
alter table audit_chain_check add column verified_to_sequence bigint;
alter table audit_chain_check add column verified_to_hash varchar(64);
