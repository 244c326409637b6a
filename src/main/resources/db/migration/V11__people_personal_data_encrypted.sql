-- ID numbers and mobiles are stored encrypted (AES-256-GCM, "v<key version>:<base64>", see
-- PersonalDataCipher), so equal numbers no longer look equal: uniqueness and exact lookups move to
-- keyed hashes (HMAC-SHA256, hex). Rows stored in plain text before this version are sealed and
-- hashed by the application at its next start (PlaintextPersonalData), as SQL has no key.
alter table person drop constraint uq_person_id_number;
alter table person add column id_number_hash varchar(64);
alter table person add column mobile_hash varchar(64);
alter table person add constraint uq_person_id_number_hash unique (id_number_hash);
create index ix_person_mobile_hash on person (mobile_hash);
