-- The board's data protection officer (issue 38): a direct contact for people's questions and complaints about their
-- data, shown on every privacy notice, who is not the compliance officer handling their case. Null until the board's
-- administrator names them. Portable SQL: H2 2.x and PostgreSQL 15.
alter table board add column dpo_name varchar(200);
alter table board add column dpo_email varchar(200);
alter table board add column dpo_phone varchar(40);
