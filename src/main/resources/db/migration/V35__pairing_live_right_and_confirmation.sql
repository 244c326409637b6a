-- One live pairing per right side whose capacity is one (a household one cadre, a village one first
-- secretary …), held by the database itself: live_right is the right side's id while the pairing is
-- live in a kind where the right side takes one helper, null otherwise, and (kind, live_right) is
-- unique. NULLs are distinct on H2 and PostgreSQL alike, so ended pairings and kinds with several
-- helpers never collide; this stands in for a partial unique index, which H2 does not have.
alter table pairing add column live_right bigint;

-- Live duplicates made before the database held the rule (concurrent confirmations of one run): the
-- oldest stays, the others end, with a reason, in their history too.
insert into pairing_history (pairing_id, status, note, actor)
select p.id, 'ENDED', '重复结对（同一帮扶对象已有更早的结对）', 'system' from pairing p
where p.status <> 'ENDED'
  and p.kind in ('N_PLUS_ONE', 'FIRST_SECRETARY', 'MENTOR', 'RESERVE_MENTOR', 'MEMBER_LINK', 'ONE_PLUS_N', 'ENTERPRISE_INSTRUCTOR')
  and exists (select 1 from pairing o where o.kind = p.kind and o.right_id = p.right_id and o.status <> 'ENDED' and o.id < p.id);
update pairing set status = 'ENDED', ends_on = current_date, end_reason = '重复结对（同一帮扶对象已有更早的结对）', version = version + 1
where status <> 'ENDED'
  and kind in ('N_PLUS_ONE', 'FIRST_SECRETARY', 'MENTOR', 'RESERVE_MENTOR', 'MEMBER_LINK', 'ONE_PLUS_N', 'ENTERPRISE_INSTRUCTOR')
  and exists (select 1 from pairing o where o.kind = pairing.kind and o.right_id = pairing.right_id and o.status <> 'ENDED'
    and o.id < pairing.id);

update pairing set live_right = right_id
where status <> 'ENDED'
  and kind in ('N_PLUS_ONE', 'FIRST_SECRETARY', 'MENTOR', 'RESERVE_MENTOR', 'MEMBER_LINK', 'ONE_PLUS_N', 'ENTERPRISE_INSTRUCTOR');

alter table pairing add constraint uq_pairing_live_right unique (kind, live_right);
alter table pairing add constraint ck_pairing_live_right check (live_right is null or (live_right = right_id and status <> 'ENDED'));
-- the kinds whose right side takes exactly one helper by definition (PairingKind.helped() = ONE):
-- a live pairing of theirs is always keyed, whatever writes it
alter table pairing add constraint ck_pairing_live_right_one check (status = 'ENDED' or live_right is not null
  or kind not in ('N_PLUS_ONE', 'FIRST_SECRETARY', 'MENTOR', 'RESERVE_MENTOR', 'MEMBER_LINK', 'ONE_PLUS_N', 'ENTERPRISE_INSTRUCTOR'));

-- The same for a left side whose quota is one (a cadre is first secretary of one village, a mentor
-- has one reserve cadre, a leader instructs one enterprise; a configured or rank quota of one is
-- keyed by the application): live_left, unique with the kind.
alter table pairing add column live_left bigint;
insert into pairing_history (pairing_id, status, note, actor)
select p.id, 'ENDED', '重复结对（同一帮扶方已有更早的结对）', 'system' from pairing p
where p.status <> 'ENDED' and p.kind in ('FIRST_SECRETARY', 'RESERVE_MENTOR', 'ENTERPRISE_INSTRUCTOR')
  and exists (select 1 from pairing o where o.kind = p.kind and o.left_id = p.left_id and o.status <> 'ENDED' and o.id < p.id);
update pairing set status = 'ENDED', ends_on = current_date, end_reason = '重复结对（同一帮扶方已有更早的结对）', version = version + 1,
  live_right = null
where status <> 'ENDED' and kind in ('FIRST_SECRETARY', 'RESERVE_MENTOR', 'ENTERPRISE_INSTRUCTOR')
  and exists (select 1 from pairing o where o.kind = pairing.kind and o.left_id = pairing.left_id and o.status <> 'ENDED'
    and o.id < pairing.id);
update pairing set live_left = left_id
where status <> 'ENDED' and kind in ('FIRST_SECRETARY', 'RESERVE_MENTOR', 'ENTERPRISE_INSTRUCTOR');
alter table pairing add constraint uq_pairing_live_left unique (kind, live_left);
alter table pairing add constraint ck_pairing_live_left check (live_left is null or (live_left = left_id and status <> 'ENDED'));
alter table pairing add constraint ck_pairing_live_left_one check (status = 'ENDED' or live_left is not null
  or kind not in ('FIRST_SECRETARY', 'RESERVE_MENTOR', 'ENTERPRISE_INSTRUCTOR'));

-- Confirming a whole run happens once: the first confirmer sets confirmed_at (a compare-and-set on
-- the run's row), the others find it set and answer with the number it confirmed.
alter table pairing_run add column confirmed_at timestamp;
alter table pairing_run add column confirmed_by varchar(100);
alter table pairing_run add column confirmed integer;
