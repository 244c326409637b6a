-- A right side may take several helpers in some kinds (支部帮村: a village helped by two organ
-- branches): each proposed pair records its place among its right side's helpers, the capacity,
-- and the sharing cost of being a further helper.
alter table pairing_proposal add column helper_rank integer default 1 not null;
alter table pairing_proposal add column helper_capacity integer default 1 not null;
alter table pairing_proposal add column sharing_cost bigint default 0 not null;
