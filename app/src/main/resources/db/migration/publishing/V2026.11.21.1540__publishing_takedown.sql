-- Taking a published post down again: one takedown per publication, run through the outbox like publishing.
create table publishing.takedown (
    publication_id  uuid primary key references publishing.publication (id),
    force_id        uuid        not null,
    state           text        not null check (state in ('REQUESTED', 'TAKEN_DOWN', 'FAILED')),
    reason          text        not null,
    requested_by    text        not null,
    requested_at    timestamptz not null,
    tries           int         not null default 0,
    next_attempt_at timestamptz,
    last_status     int,
    last_message    text,
    already_gone    boolean     not null default false,
    finished_at     timestamptz
);
create index takedown_state_idx on publishing.takedown (force_id, state);
call platform.enable_force_isolation('publishing.takedown');
grant select, insert, update on publishing.takedown to ${appRole};

-- The Sandbox deletes like a platform: a removed post leaves the public timeline.
alter table publishing.sandbox_post add column removed_at timestamptz;
grant update (removed_at) on publishing.sandbox_post to ${appRole};
