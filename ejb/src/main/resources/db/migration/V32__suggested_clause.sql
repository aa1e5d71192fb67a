-- The clause of the board's policy a monitoring tool suggested for a concern it reported (issue 5), kept on the
-- case so the officer sees it at triage; whether it is alleged stays the officer's decision. Portable SQL.
alter table safeguarding_case add column suggested_clause_id bigint;
alter table safeguarding_case add constraint fk_case_suggested_clause
    foreign key (suggested_clause_id) references policy_clause (id);
