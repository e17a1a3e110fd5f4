-- Review: the comms team's queue of held posts, every decision on them, and each force's review time target.
create schema if not exists review;
grant usage on schema review to ${appRole};

create table review.review_item (
    id             uuid primary key,
    force_id       uuid        not null,
    post_id        uuid        not null,
    author_id      uuid        not null,
    submitted_at   timestamptz not null,
    decision       text check (decision in ('APPROVED', 'APPROVED_WITH_EDITS', 'REJECTED', 'WITHDRAWN')),
    decided_by     uuid,
    decided_by_name text,
    reason         text,
    decided_at     timestamptz
);
create index review_item_open_ix on review.review_item (force_id, submitted_at) where decision is null;
call platform.enable_force_isolation('review.review_item');

create table review.review_sla (
    force_id        uuid primary key,
    minutes         int  not null check (minutes between 5 and 10080),
    office_start    time not null,
    office_end      time not null,
    changed_by      text not null,
    changed_at      timestamptz not null
);
call platform.enable_force_isolation('review.review_sla');

grant select, insert, update on review.review_item, review.review_sla to ${appRole};
