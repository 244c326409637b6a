-- The public notice names whom to call about it (监督电话): the phone given when the notice is published,
-- else the county's configured one (bastion.selection.supervision-phone, by default 12380, the organization
-- departments' reporting line).
alter table reserve_notice add column supervision_phone varchar(40);
-- and who issued it, as printed on the day it was published (the round's organization then)
alter table reserve_notice add column issued_by varchar(200);
