-- Whether the member of a case is shown a piece of evidence in the portal: the board decides per item and
-- may change its mind. Kept beside the evidence, which itself is never altered after capture.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
create table evidence_disclosure (
    evidence_id      bigint       primary key references evidence (id),
    tenant_id        varchar(20)  not null references board (id),
    shown_to_member  boolean      not null,
    decided_by       varchar(100) not null,
    decided_at       timestamp with time zone not null
);

-- Until now the member saw every item except a report of illegal imagery: existing evidence keeps that.
insert into evidence_disclosure (evidence_id, tenant_id, shown_to_member, decided_by, decided_at)
    select id, tenant_id, true, captured_by, recorded_at from evidence where illegal_imagery = false;
insert into evidence_disclosure (evidence_id, tenant_id, shown_to_member, decided_by, decided_at)
    select id, tenant_id, false, captured_by, recorded_at from evidence where illegal_imagery = true;
