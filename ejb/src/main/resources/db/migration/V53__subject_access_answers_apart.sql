-- Issue 14, after review: the kept answer (a ZIP of everything held about a person) lives in a table of its own, read
-- only when it is downloaded, as the referral pack does; the request's row stays small for lists and jobs. An officer
-- may leave out whole cases (another person of the same name; a case an exemption of the Data Protection Act 2018
-- covers, such as a police investigation), with the reason kept for the board.
create table subject_access_answer (
    request_id   bigint       primary key references subject_access_request (id),
    tenant_id    varchar(20)  not null references board (id),
    content      bytea        not null
);
alter table subject_access_request drop column export_content;
alter table subject_access_request add column left_out varchar(4000);
alter table subject_access_request add column left_out_reason varchar(2000);
