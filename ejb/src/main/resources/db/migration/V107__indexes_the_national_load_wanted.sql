-- Issue 43: three queries that read a whole board or table, found by PostgreSQL's statement log under the national
-- load.
--
-- The engine's job executor asks every second (and at once whenever a step makes a job) for the jobs that are due:
-- "retries left, due date null or past, not locked, not suspended". The engine's own scripts index none of those
-- columns, so every asking read every job: on the national data set 177,000 timers (each open case's deadlines), a
-- 40 ms scan, and PostgreSQL then compiled the query (its JIT, for a plan that large) for another 210 ms: 275 ms a
-- second of the database's CPU, whatever anybody was doing. By due date, the due jobs are one probe: 0.06 ms.
-- (The engine's name for it would be act_idx_…; the product's is ix_…, so no engine upgrade script can meet it.)
create index ix_engine_job_due on act_ru_job (duedate_);

-- The senior's "findings waiting for your agreement" (JpaCaseRepository.awaitingSecondSenior) asks for the
-- board's cases with a proposed finding, oldest proposal first. Migration 89 indexed (board, proposal time), which
-- holds every case of the board (most have no proposal), so PostgreSQL read the board's cases instead: 330–435 ms on
-- a 100,000-case board, on every senior's work page. Led by the board and then the proposal itself, the cases with
-- one are a single range at the index's end (nulls sort last): 0.06 ms, then a sort of the few found.
create index ix_case_findings_waiting on safeguarding_case (tenant_id, proposed_finding);
drop index if exists ix_case_finding_proposed;

-- The case list filtered by whom the concern is about (children, adults), the one filter without the index the others
-- have (board, filter, raised, id: migration 11): its page read the board's cases and its count took 73 ms on a
-- 100,000-case board; with it the page is 0.04 ms and the count 14 ms. Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_case_tenant_concerns_whom on safeguarding_case (tenant_id, concerns_whom, raised_at, id);
