-- Makes the audit trail append-only for Bastion's database role on PostgreSQL (docs/audit.md).
-- Run it as a superuser or the owner role, after the migrations (and again after any migration that
-- recreates an audit table); it can be run any number of times:
--   psql -v app_role=bastion -v owner_role=bastion_owner -f docs/sql/audit-append-only.sql "$DATABASE_URL"
-- app_role: the role the application connects as (SPRING_DATASOURCE_USERNAME)
-- owner_role: a role the application never uses, e.g. the one Flyway runs as (SPRING_FLYWAY_USER)
\set ON_ERROR_STOP on

-- an owner could grant itself back whatever is revoked: the application's role must not own the tables
alter table audit_entry owner to :"owner_role";
alter table audit_chain_head owner to :"owner_role";

-- entries: read and append, never change, delete or truncate
revoke all on audit_entry from public;
revoke all on audit_entry from :"app_role";
grant select, insert on audit_entry to :"app_role";

-- the head row moves with each append (select ... for update needs update); rewinding it is caught by
-- the signed checkpoints that verify-audit compares the chain against
revoke all on audit_chain_head from public;
revoke all on audit_chain_head from :"app_role";
grant select, update on audit_chain_head to :"app_role";

select table_name, string_agg(privilege_type, ', ' order by privilege_type) as app_role_may
  from information_schema.role_table_grants
 where grantee = :'app_role' and table_name in ('audit_entry', 'audit_chain_head')
 group by table_name order by table_name;
