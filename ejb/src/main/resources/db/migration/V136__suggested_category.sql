-- Issue 65: the category of online conduct a monitoring tool suggests (the KCSIE 2025 and 2026 online content risks
-- among them) kept on the case as data, as the suggested clause is, for the officer at triage.
-- Portable SQL: H2 2.x and PostgreSQL.
alter table safeguarding_case add column suggested_category varchar(40);
