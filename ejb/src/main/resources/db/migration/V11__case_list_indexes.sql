-- The case list (issue 4): sorting and filtering run in the database, within one board, a page at a time.
-- Each index leads with tenant_id (every query is filtered by board) and ends with the column the list
-- sorts by, so a filtered page is read in order without sorting the board's cases.
create index ix_case_tenant_raised_id on safeguarding_case (tenant_id, raised_at, id);
create index ix_case_tenant_reference on safeguarding_case (tenant_id, reference, id);
create index ix_case_tenant_subject on safeguarding_case (tenant_id, subject_name, id);
create index ix_case_tenant_status on safeguarding_case (tenant_id, status, raised_at, id);
create index ix_case_tenant_source on safeguarding_case (tenant_id, source, raised_at, id);
create index ix_case_tenant_organisation on safeguarding_case (tenant_id, organisation_id, raised_at, id);
-- Cases citing a clause (the list's clause filter, the dashboard's cases per clause).
create index ix_allegation_clause_case on allegation (tenant_id, clause_id, case_id);
-- The dashboard's deadlines.
create index ix_member_request_deadline on member_request (tenant_id, deadline);
create index ix_referral_acknowledgement on referral (tenant_id, acknowledgement_due);
