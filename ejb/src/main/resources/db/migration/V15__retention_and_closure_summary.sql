-- Retention (issue 3): a record of an allegation against someone who works with children is kept until their
-- normal pension age or for 10 years from the allegation, whichever is longer; one found false or malicious is
-- removed from the records (Keeping Children Safe in Education, Part 4). The member's date of birth is kept
-- only to work out that date.
alter table safeguarding_case add column subject_date_of_birth date;
alter table safeguarding_case add column allegation_finding varchar(40);
alter table safeguarding_case add column finding_recorded_by varchar(100);
alter table safeguarding_case add column finding_recorded_at timestamp with time zone;
alter table safeguarding_case add column retention_basis varchar(40);
-- What happened, in a few lines, written when the case is closed.
alter table safeguarding_case add column closure_summary varchar(4000);
