-- A user's security version: raised whenever their roles, scope, password (by a reset) or enabled state
-- change, so that sessions and known-device cookies from before the change are ended. See docs/security.md.
alter table app_user add column security_version integer not null default 0;
