-- When a concern says only the day the conduct happened (the public page asks for a day, not a time), the case
-- keeps that day's start and says the time is not known, so no page shows an invented "00:00".
alter table safeguarding_case add column occurred_day_only boolean default false not null;

-- Every concern raised from the public page so far gave a day only.
update safeguarding_case set occurred_day_only = true
 where occurred_at is not null and id in (select case_id from public_report);
