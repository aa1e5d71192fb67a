-- Bank holidays: deadlines in the investigation count working days (policy: deadlines are given in
-- working days, e.g. the LADO referral within one working day), so weekends and bank holidays do not count.
-- The list is data, not code: add next years' dates with a new migration when GOV.UK publishes them.
-- Global reference data, shared by every board (no tenant_id). England and Wales share one list
-- (Cwm Taf is in Wales). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create table bank_holiday (
    holiday_date  date         primary key,
    name          varchar(100) not null,
    region        varchar(30)  default 'ENGLAND_AND_WALES' not null
);

-- England and Wales, 2025
insert into bank_holiday (holiday_date, name) values (date '2025-01-01', 'New Year''s Day');
insert into bank_holiday (holiday_date, name) values (date '2025-04-18', 'Good Friday');
insert into bank_holiday (holiday_date, name) values (date '2025-04-21', 'Easter Monday');
insert into bank_holiday (holiday_date, name) values (date '2025-05-05', 'Early May bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2025-05-26', 'Spring bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2025-08-25', 'Summer bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2025-12-25', 'Christmas Day');
insert into bank_holiday (holiday_date, name) values (date '2025-12-26', 'Boxing Day');

-- England and Wales, 2026 (Boxing Day falls on a Saturday)
insert into bank_holiday (holiday_date, name) values (date '2026-01-01', 'New Year''s Day');
insert into bank_holiday (holiday_date, name) values (date '2026-04-03', 'Good Friday');
insert into bank_holiday (holiday_date, name) values (date '2026-04-06', 'Easter Monday');
insert into bank_holiday (holiday_date, name) values (date '2026-05-04', 'Early May bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2026-05-25', 'Spring bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2026-08-31', 'Summer bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2026-12-25', 'Christmas Day');
insert into bank_holiday (holiday_date, name) values (date '2026-12-28', 'Boxing Day (substitute day)');

-- England and Wales, 2027 (Christmas Day and Boxing Day fall on the weekend)
insert into bank_holiday (holiday_date, name) values (date '2027-01-01', 'New Year''s Day');
insert into bank_holiday (holiday_date, name) values (date '2027-03-26', 'Good Friday');
insert into bank_holiday (holiday_date, name) values (date '2027-03-29', 'Easter Monday');
insert into bank_holiday (holiday_date, name) values (date '2027-05-03', 'Early May bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2027-05-31', 'Spring bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2027-08-30', 'Summer bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2027-12-27', 'Christmas Day (substitute day)');
insert into bank_holiday (holiday_date, name) values (date '2027-12-28', 'Boxing Day (substitute day)');

-- England and Wales, 2028 (New Year's Day falls on a Saturday)
insert into bank_holiday (holiday_date, name) values (date '2028-01-03', 'New Year''s Day (substitute day)');
insert into bank_holiday (holiday_date, name) values (date '2028-04-14', 'Good Friday');
insert into bank_holiday (holiday_date, name) values (date '2028-04-17', 'Easter Monday');
insert into bank_holiday (holiday_date, name) values (date '2028-05-01', 'Early May bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2028-05-29', 'Spring bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2028-08-28', 'Summer bank holiday');
insert into bank_holiday (holiday_date, name) values (date '2028-12-25', 'Christmas Day');
insert into bank_holiday (holiday_date, name) values (date '2028-12-26', 'Boxing Day');
