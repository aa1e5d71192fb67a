-- Issue 41: a reporter may ask for the link that confirms their e-mail address again (it expired, it was lost, or the
-- address was given before links were sent), at most three links an address in all, an hour apart. A report whose
-- link was sent counts one.
-- Portable SQL: H2 2.x and PostgreSQL 15.
alter table public_report add column email_links_sent integer default 0 not null;
update public_report set email_links_sent = 1 where email_token_sha256 is not null;
