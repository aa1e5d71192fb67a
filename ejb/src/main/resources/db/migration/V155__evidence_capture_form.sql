-- Issue 66: the form each piece of evidence's record takes (how it was captured: a screenshot, a saved copy of the
-- page, an export from the platform, a screen recording, text copied from the page, a file as it was sent to the
-- board, or the address only), beside how it came to the board (capture_method). Evidence recorded before it was
-- asked for keeps no value and reads "not recorded": nobody can now say how it was captured. New evidence always
-- gives one (the rule is the domain's, CaptureForm). Portable SQL: H2 2.x and PostgreSQL 15.
alter table evidence add column capture_form varchar(30);
alter table evidence add constraint ck_evidence_capture_form check (capture_form is null or capture_form in
    ('SCREENSHOT', 'SCREEN_RECORDING', 'SAVED_PAGE', 'PLATFORM_EXPORT', 'TEXT_COPIED', 'FILE_AS_SENT', 'ADDRESS_ONLY'));
