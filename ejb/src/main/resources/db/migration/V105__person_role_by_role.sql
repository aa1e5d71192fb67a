-- Issue 43: the case page offers each open task to the board's people of its role (the officers, the seniors). A
-- person's roles were indexed by person only, so finding a board's officers read every person's roles: on the
-- national data set (200,000 members, 320 officers) a sequential scan of 200,000 rows, 10–30 ms, on every case page.
-- With the role first it reads only that role's rows. Portable SQL: H2 2.x and PostgreSQL 15.
create index ix_person_role_role on person_role (role, person_id);
