-- 行政区划: China's administrative divisions, five levels, keyed by the official NBS code.
create table division (
    code           varchar(12)  not null primary key,
    name           varchar(100) not null,
    level          varchar(10)  not null,
    parent_code    varchar(12),
    committee_kind varchar(12),
    constraint fk_division_parent foreign key (parent_code) references division (code),
    constraint ck_division_level check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'))
);
create index ix_division_parent on division (parent_code);
create index ix_division_name on division (name);
