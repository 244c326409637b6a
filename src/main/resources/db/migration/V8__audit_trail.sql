-- The audit trail (审计日志): append-only, each entry chained to the one before by SHA-256.
-- See docs/audit.md for the hash formula. Ids are gapless: the next id is taken from the chain
-- head under its row lock, so a missing id means a deleted entry.
create table audit_entry (
    id bigint not null primary key,
    occurred_at timestamp with time zone not null,
    actor varchar(100) not null,
    source_address varchar(100),
    action varchar(30) not null,
    entity_type varchar(60),
    entity_id varchar(100),
    before_json text,
    after_json text,
    detail varchar(2000),
    previous_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_entity_type on audit_entry (entity_type, id);
create index audit_entry_entity_id on audit_entry (entity_id);

-- one row: the last entry's id and hash; appending locks it (select ... for update) so that
-- concurrent transactions, on one node or many, append one after the other and never fork
create table audit_chain_head (
    id integer not null primary key,
    last_id bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
