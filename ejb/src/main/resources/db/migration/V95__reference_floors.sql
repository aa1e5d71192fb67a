-- Issue 44: a restore takes the database back to a moment, and with it the highest reference of each numbered series
-- other than cases (searches about a child, official-account requests, subject access requests), which are numbered
-- from the highest one their table holds. The last number of each series is kept beside the backup archive; after a
-- restore the product writes it here, and the next number of the series is taken past it, so a reference given out
-- before the disaster is never given to another record. Portable SQL: H2 2.x and PostgreSQL 15.
create table reference_floor (
    tenant_id   varchar(20) not null references board (id),
    series      varchar(8)  not null,
    floor_year  integer     not null,
    last_number integer     not null,
    constraint pk_reference_floor primary key (tenant_id, series, floor_year)
);
