-- Spring Modulith's JDBC event publication registry (schema v2), written once for both databases:
-- events between modules are stored here until every listener has completed.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(65535) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
