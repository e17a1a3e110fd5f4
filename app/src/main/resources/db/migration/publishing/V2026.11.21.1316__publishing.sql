-- Publishing: the outbox of publications and their attempts, critical-incident pauses, rate-limit holds, and the
-- Sandbox channel's simulated network.
create schema if not exists publishing;
grant usage on schema publishing to ${appRole};

-- One post going to one account. The caller chooses the id, so scheduling is idempotent.
create table publishing.publication (
    id              uuid primary key,
    force_id        uuid        not null,
    post_reference  text        not null,
    account_id      uuid        not null,
    channel         text        not null,
    handle          text        not null,
    text            text        not null,
    reply_to        text,
    content_hash    text        not null,
    publish_at      timestamptz not null,
    state           text        not null check (state in ('SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'CANCELLED')),
    next_attempt_at timestamptz,
    waiting_reason  text,
    held_by_pause   uuid,
    platform_post_id text,
    url             text,
    failure         text,
    published_at    timestamptz,
    finished_at     timestamptz,
    created_at      timestamptz not null,
    created_by      text        not null
);
create index publication_account_time_idx on publishing.publication (force_id, account_id, publish_at);
create index publication_state_time_idx on publishing.publication (force_id, state, publish_at);
create index publication_post_idx on publishing.publication (force_id, post_reference);
-- A platform post can be claimed by one publication only: read-back never matches a post twice.
create unique index publication_platform_post_uq on publishing.publication (account_id, platform_post_id)
    where platform_post_id is not null;
call platform.enable_force_isolation('publishing.publication');

create table publishing.publication_media (
    publication_id uuid    not null references publishing.publication (id) on delete cascade,
    position       int     not null,
    force_id       uuid    not null,
    file_name      text,
    content_type   text    not null,
    content        bytea   not null,
    reference      text,
    alt_text       text    not null,
    primary key (publication_id, position)
);
call platform.enable_force_isolation('publishing.publication_media');

-- Every call to a platform, recorded and committed before the call is made.
create table publishing.attempt (
    publication_id   uuid        not null references publishing.publication (id) on delete cascade,
    number           int         not null,
    force_id         uuid        not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    outcome          text        not null,
    http_status      int,
    platform_message text,
    instance         text        not null,
    content_hash     text        not null,
    read_back_tries  int         not null default 0,
    primary key (publication_id, number)
);
call platform.enable_force_isolation('publishing.attempt');

-- Critical-incident pauses and their resumption: the table is the history.
create table publishing.pause (
    id              uuid primary key,
    force_id        uuid        not null,
    accounts        uuid[],
    reason          text        not null,
    paused_by_id    uuid,
    paused_by_name  text        not null,
    paused_at       timestamptz not null,
    resume_reason   text,
    resumed_by_id   uuid,
    resumed_by_name text,
    resumed_at      timestamptz
);
create index pause_active_idx on publishing.pause (force_id) where resumed_at is null;
call platform.enable_force_isolation('publishing.pause');

-- A platform said "too many requests" for an account: nothing goes to it before the reset time.
create table publishing.account_hold (
    account_id uuid primary key,
    force_id   uuid        not null,
    channel    text        not null,
    until      timestamptz not null,
    reason     text        not null
);
call platform.enable_force_isolation('publishing.account_hold');

-- The Sandbox channel: a simulated social network inside Postwatch, with a public timeline per handle.
create table publishing.sandbox_post (
    id              uuid primary key,
    force_id        uuid        not null,
    handle          text        not null,
    display_handle  text        not null,
    text            text        not null,
    reply_to        text,
    idempotency_key text,
    created_at      timestamptz not null,
    unique (handle, idempotency_key)
);
create index sandbox_post_timeline_idx on publishing.sandbox_post (handle, created_at desc);
call platform.enable_force_isolation('publishing.sandbox_post');

create table publishing.sandbox_media (
    post_id      uuid  not null references publishing.sandbox_post (id) on delete cascade,
    position     int   not null,
    force_id     uuid  not null,
    content_type text  not null,
    content      bytea not null,
    alt_text     text  not null,
    primary key (post_id, position)
);
call platform.enable_force_isolation('publishing.sandbox_media');

-- Failures the Sandbox produces on demand, for demonstrations and tests.
create table publishing.sandbox_fault (
    force_id  uuid        not null,
    handle    text        not null,
    mode      text        not null check (mode in ('SERVER_ERROR', 'REJECT', 'RATE_LIMIT', 'TIMEOUT_AFTER_POST')),
    remaining int         not null,
    message   text,
    set_by    text        not null,
    set_at    timestamptz not null,
    primary key (force_id, handle)
);
call platform.enable_force_isolation('publishing.sandbox_fault');

grant select, insert, update, delete on publishing.publication to ${appRole};
grant select, insert, delete on publishing.publication_media to ${appRole};
grant select, insert, update on publishing.attempt to ${appRole};
grant select, insert, update on publishing.pause to ${appRole};
grant select, insert, update, delete on publishing.account_hold to ${appRole};
grant select, insert on publishing.sandbox_post to ${appRole};
grant select, insert on publishing.sandbox_media to ${appRole};
grant select, insert, update, delete on publishing.sandbox_fault to ${appRole};
