-- 放假调休: days that differ from the ordinary Monday–Friday week, as the State Council announces them.
create table official_day (
    calendar_date date       not null primary key,
    kind     varchar(10) not null,
    festival varchar(50) not null,
    constraint ck_official_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);
