-- The reserve cadre's mentor (结对帮带责任人) is now a RESERVE_MENTOR pairing of the pairing engine;
-- the plain link on the candidate goes (the demo regenerates, so no links are copied).
alter table reserve_candidate drop column mentor_person_id;
alter table reserve_candidate drop column mentor_name;
alter table reserve_candidate drop column mentor_since;
