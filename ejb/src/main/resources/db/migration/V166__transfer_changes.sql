-- Issue 67: what changes later at the sending board follows its transfer, and the member is told. The receiving board marks what it received
-- with each change the sending board told (its case reopened, a finding, its record removed: the kind, the finding
-- and when, never the sending board's words), and erases it when the sending board removed its record, unless its own
-- legal hold on the case it accepted keeps it (removal_asked_at set, erased_at not yet). Portable SQL: H2 2.x and
-- PostgreSQL 15.
alter table received_transfer add column removal_asked_at timestamp with time zone;
alter table received_transfer add column erased_at timestamp with time zone;

create table received_transfer_change (
    transfer_id              bigint        not null references received_transfer (id) on delete cascade,
    position                 integer       not null,
    kind                     varchar(20)   not null,
    finding                  varchar(20),
    changed_at               timestamp with time zone not null,
    told_at                  timestamp with time zone not null,
    primary key (transfer_id, position)
);

-- What a board declined before this was erased then.
update received_transfer set erased_at = decided_at where status = 'DECLINED';

-- The member told that their case went to another board, where the board's rule says so (none kept: told), unless the
-- senior manager says why telling them would prejudice an enquiry (kept with the transfer).
alter table transfer_rule add column tell_member boolean default true not null;
alter table case_transfer add column tell_member boolean default false not null;
alter table case_transfer add column member_not_told_reason varchar(4000);
alter table case_transfer add column member_told_at timestamp with time zone;
