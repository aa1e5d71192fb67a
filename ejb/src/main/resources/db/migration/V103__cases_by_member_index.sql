-- Issue 42: the annual report's repeat concerns ask, for each concern of the year, whether the board had an earlier
-- concern about the same member. Without an index on the member, each asked it of every case of the board: 156 s for
-- the 100,000-case board of the national data set (10,000 concerns in the year). With it, each is one index probe, and
-- the whole report is read in about a second. A member's cases (the chronology, subject access) are found by it too.
-- Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_case_tenant_subject_person on safeguarding_case (tenant_id, subject_person_id, raised_at);
