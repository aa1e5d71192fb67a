-- The HR partner's side of a referral in full (CHSCB 6.2): the outcome with the date it was decided and a
-- note, then an appeal, lodged and decided, each with who recorded it and when.
alter table referral add column outcome_decided_on date;
alter table referral add column outcome_note varchar(4000);
alter table referral add column appeal_lodged_on date;
alter table referral add column appeal_grounds varchar(4000);
alter table referral add column appeal_lodged_by varchar(100);
alter table referral add column appeal_lodged_at timestamp with time zone;
alter table referral add column appeal_outcome varchar(40);
alter table referral add column appeal_decided_on date;
alter table referral add column appeal_decided_by varchar(100);
alter table referral add column appeal_decided_at timestamp with time zone;
