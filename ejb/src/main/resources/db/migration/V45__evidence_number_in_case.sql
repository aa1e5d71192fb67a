-- One numbering of evidence per case: "Evidence 3" is the case's third item on the case page, in the timeline,
-- in the referral pack and in the case report, never a database id. Numbered in the order the items were
-- recorded; existing evidence is numbered the same way.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
alter table evidence add column number_in_case integer;
update evidence set number_in_case =
    (select count(*) from evidence earlier where earlier.case_id = evidence.case_id and earlier.id <= evidence.id);
alter table evidence alter column number_in_case set not null;
alter table evidence add constraint evidence_number_in_case unique (case_id, number_in_case);
