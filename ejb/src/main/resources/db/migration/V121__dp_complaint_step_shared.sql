-- A data protection complaint's step says whether its words were sent to the complainant: their progress page shows
-- those steps, and only those (issue 65).
alter table dp_complaint_entry add column shared_with_complainant boolean default false not null;
