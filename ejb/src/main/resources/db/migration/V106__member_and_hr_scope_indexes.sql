-- Issue 43: a member sees only the cases about themselves, and an HR partner only their organisation's referred cases,
-- by the filters every session enables (domain/people/AccessScope): each record of a case is kept to
-- "case_id in (the member's cases)" or "(the organisation's referrals)". Those subqueries name no board, so the
-- indexes led by the board (tenant_id, subject_person_id) and (tenant_id, organisation_id) were read whole: on the
-- national data set 28–41 ms for each of a member's request page's three queries (its request, the current removal
-- request, the evidence shown to them), a third of the page. A person's and an organisation's ids are unique across
-- boards, so these indexes answer the subqueries in one probe. Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_case_subject_person_any_board on safeguarding_case (subject_person_id);
create index ix_referral_organisation_any_board on referral (organisation_id);
