-- Issue 60: "Try again" records what happened, nothing more. A stuck step tried again that fails again becomes a new
-- incident of the same job; the notice now keeps the job's id, so that second failure is recorded as a failure after
-- trying again (no second "failed every try for a day", no second e-mail). Rows written before keep no job id.
-- Portable SQL: H2 2.x and PostgreSQL 15.
alter table stuck_step_notice add column job_id varchar(64);
create index ix_stuck_step_notice_job on stuck_step_notice (tenant_id, job_id);
