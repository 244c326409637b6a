-- 公示内容: what a public notice shows of each candidate, fixed when it is published. A notice is a
-- published document: it must read the same for its whole period whatever later happens to the
-- person's record, and the public page (no sign-in, no data scope) never reads the people module.
create table reserve_notice_entry (
    notice_id     bigint       not null references reserve_notice (id),
    candidate_id  bigint       not null references reserve_candidate (id),
    name          varchar(100) not null,
    village_name  varchar(100) not null,
    age           int          not null,
    education     varchar(30)  not null,
    proposed_role varchar(100) not null,
    primary key (notice_id, candidate_id)
);
