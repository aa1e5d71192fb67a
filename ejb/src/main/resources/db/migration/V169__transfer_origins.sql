-- Issue 67: a copy is one per sending board's transfer and origin. A board of this deployment and a board on another
-- deployment may share an id and number their transfers alike, so the one-copy key names the origin too: '' for this
-- deployment, the SHA-256 of the signing certificate for a package imported from another. And what a package names as
-- the board it was made for is kept, to be shown. Portable SQL: H2 2.x and PostgreSQL 15.
alter table received_transfer add column origin varchar(100) default '' not null;
update received_transfer set origin = signer_sha256 where signer_sha256 is not null;
alter table received_transfer drop constraint uq_received_transfer_from;
drop index received_transfer_imported;
alter table received_transfer add constraint uq_received_transfer_origin
    unique (tenant_id, origin, from_board, from_transfer_id);
alter table received_transfer add column made_for varchar(200);
