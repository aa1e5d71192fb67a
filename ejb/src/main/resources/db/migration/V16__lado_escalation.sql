-- When the missed LADO timescale was escalated, so the escalation happens once however often its job runs.
alter table safeguarding_case add column lado_escalated_at timestamp with time zone;
