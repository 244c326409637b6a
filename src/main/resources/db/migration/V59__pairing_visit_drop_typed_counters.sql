-- The typed counters of visits are records now (V58: projects, ledger entries, households brought into work).
alter table pairing_visit drop column funds_yuan;
alter table pairing_visit drop column projects;
alter table pairing_visit drop column cooperatives;
alter table pairing_visit drop column households_employed;
