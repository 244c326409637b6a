-- The file a long work made (a big export, docs/platform.md), kept for the work's owner until the
-- recurring timer platform.work-files.cleanup deletes it after bastion.export.keep-days. In the
-- database, so that any node serves it; bytea is H2's binary varying as well.
create table platform_work_file (
    work_id      bigint        primary key references platform_work (id) on delete cascade,
    file_name    varchar(300)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    created_at   timestamp with time zone not null,
    content      bytea         not null
);
create index ix_platform_work_file_created on platform_work_file (created_at);
