-- E-mail that cannot be delivered (issue 5): after a bounded number of attempts, or at once when the mail server
-- refuses the address, a message is marked undeliverable and never tried again; the case's timeline records it
-- and the board's senior managers and administrators are told. Portable SQL: H2 2.x and PostgreSQL 15.
alter table outbox_message add column undeliverable_at timestamp with time zone;
