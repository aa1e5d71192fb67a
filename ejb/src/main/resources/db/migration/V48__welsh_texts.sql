-- A bilingual board's own words in Welsh (issue 12): its name and policy title, its organisations' names, and each
-- clause's section and words. Null means "no Welsh text given": a Welsh page then shows the English and says so.
-- A clause's Welsh words are part of the clause: changing them on a cited clause makes a new version, as English.
alter table board add column name_cy varchar(200);
alter table board add column policy_title_cy varchar(400);
alter table parent_organisation add column name_cy varchar(200);
alter table policy_clause add column section_cy varchar(200);
alter table policy_clause add column clause_text_cy varchar(4000);

-- The demo boards' rows that were here are in db/demo/boards.sql (issue 62): production starts with no board.
