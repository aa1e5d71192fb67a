-- Issue 14: members told how their data is used. Each board's privacy notice (in English and, for a bilingual board,
-- Welsh) and its record of processing (UK GDPR Article 30: categories, lawful basis, recipients; the retention comes
-- from the product's own rules). Null means the product's standard wording, which names the board.
alter table board add column privacy_notice varchar(20000);
alter table board add column privacy_notice_cy varchar(20000);
alter table board add column privacy_contact varchar(1000);
alter table board add column processing_categories varchar(4000);
alter table board add column processing_lawful_basis varchar(4000);
alter table board add column processing_recipients varchar(4000);
