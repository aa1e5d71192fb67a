-- The public forms' throttle key signed their challenges and keyed the hashes their counts are kept under; kept in this
-- database, anyone holding a copy of it could test an address against the counts. It is the server's now
-- (SAFEGUARD_THROTTLE_KEY, application/security/ServerKeys): the kept one goes. Counts and challenges made under it
-- simply stop matching (a count restarts; a page open across the upgrade asks for a new challenge).
drop table public_report_key;
