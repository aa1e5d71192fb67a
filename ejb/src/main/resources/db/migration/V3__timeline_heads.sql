-- Every board's audit chain starts at sequence 0 with the all-zero genesis hash.
insert into timeline_head (tenant_id, last_seq, last_hash)
select id, 0, '0000000000000000000000000000000000000000000000000000000000000000' from board;
