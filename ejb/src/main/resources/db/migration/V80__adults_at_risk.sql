-- Issue 16, part 3: adults at risk (Cwm Taf is a children's and an adults' board). At triage the officer says whom
-- the concern puts at risk (children, adults at risk, or both: the dashboard and the case list split by it) and,
-- when an adult at risk may be harmed, the case takes the adults' route: a report to the local authority's adult
-- safeguarding team within the board's timescale (working days after triage, 1 by default), escalated to the senior
-- managers when missed, like the LADO referral. Cases triaged before this are about children. Portable SQL.
alter table board add column adult_report_working_days integer default 1 not null;
alter table safeguarding_case add column concerns_whom varchar(20) default 'CHILDREN' not null;
alter table safeguarding_case add column adult_report_due timestamp with time zone;
alter table safeguarding_case add column adult_report_reminder_at timestamp with time zone;
alter table safeguarding_case add column adult_report_reminded_at timestamp with time zone;
alter table safeguarding_case add column adult_report_escalated_at timestamp with time zone;
