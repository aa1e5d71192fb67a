-- When the conduct a concern is about happened, and the address of the content, as the person raising it knows
-- them (both optional): the first facts an investigation checks, asked for on the "Raise a concern" form.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
alter table safeguarding_case add column occurred_at timestamp with time zone;
alter table safeguarding_case add column content_url varchar(2000);
