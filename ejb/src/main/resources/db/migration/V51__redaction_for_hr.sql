-- Issue 14: third parties' details kept from what the HR partner sees. The words (names and other identifying
-- details, one per line) an officer marks on a case; the referral pack, on screen and as sent, replaces each with
-- "[redacted]" and says how many passages it redacted. Null for none.
alter table safeguarding_case add column hr_redactions varchar(4000);
