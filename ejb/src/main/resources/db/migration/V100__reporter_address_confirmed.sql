-- Issue 41: a reporter's e-mail address is confirmed before the product writes to it. Anyone may type any address
-- on the public page; until its owner opens the link sent to it and presses the button, no other e-mail goes there.
-- Only the SHA-256 of the link's token is kept, with when it stops working; it is forgotten once used. Addresses
-- given before this were never confirmed, and stay so (the board's messages still wait on the follow-up page).
-- Portable SQL: H2 2.x and PostgreSQL 15.
alter table public_report add column email_confirmed_at timestamp with time zone;
alter table public_report add column email_token_sha256 varchar(64);
alter table public_report add column email_token_expires_at timestamp with time zone;
create unique index uq_public_report_email_token on public_report (email_token_sha256);
