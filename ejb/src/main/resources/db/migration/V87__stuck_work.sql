-- Stuck work (issue 37). A step of a process that failed every try is an incident of the engine; the board's senior
-- managers and administrators are e-mailed about each one once, whichever node sees it first: the row's primary key
-- decides, and the e-mail is queued in the same transaction. The row holds no personal data.
-- Portable SQL: H2 2.x and PostgreSQL 15.
create table stuck_step_notice (
    incident_id  varchar(64) primary key,
    tenant_id    varchar(20) not null references board (id),
    noticed_at   timestamp with time zone not null
);

-- An e-mail given up on stays on the Stuck work page until someone tries it again (it is queued afresh) or says it
-- was dealt with another way (by whom and when).
alter table outbox_message add column dealt_with_at timestamp with time zone;
alter table outbox_message add column dealt_with_by varchar(100);
create index ix_outbox_given_up on outbox_message (tenant_id, undeliverable_at);
