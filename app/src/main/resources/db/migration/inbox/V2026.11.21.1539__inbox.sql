-- Inbox: incoming comments, mentions and messages, the desk's replies, hand-offs and moderation, each force's SLA,
-- keyword routes and community standards, the poll cursor per account, and the Sandbox network's inbound side.
create schema if not exists inbox;
grant usage on schema inbox to ${appRole};

create table inbox.item (
    id                   uuid primary key,
    force_id             uuid        not null,
    account_id           uuid        not null,
    account_handle       text        not null,
    channel              text        not null,
    platform_item_id     text        not null,
    thread_id            text        not null,
    in_reply_to          text,
    kind                 text        not null,
    author_handle        text        not null,
    author_platform_id   text,
    text                 text        not null,
    received_at          timestamptz not null,
    fetched_at           timestamptz not null,
    category             text        not null,
    risk_flags           text        not null default '',
    triage_reason        text,
    routed_team          text,
    assigned_to          uuid,
    assigned_name        text,
    assigned_team        text,
    state                text        not null,
    sla_due_at           timestamptz not null,
    sla_breached         boolean     not null default false,
    first_response_at    timestamptz,
    first_response       text,
    no_reply_reason      text,
    handoff_to           text,
    handoff_reference    text,
    handed_off_at        timestamptz,
    handed_off_by        text,
    moderation           text,
    archive_record       uuid,
    unique (force_id, channel, platform_item_id)
);
create index item_queue_ix on inbox.item (force_id, state, received_at);
create index item_thread_ix on inbox.item (force_id, thread_id);
create index item_due_ix on inbox.item (sla_due_at) where first_response_at is null and not sla_breached;
call platform.enable_force_isolation('inbox.item');

create table inbox.reply (
    id               uuid primary key,
    force_id         uuid        not null,
    item_id          uuid        not null references inbox.item (id),
    text             text        not null,
    author_id        uuid        not null,
    author_name      text        not null,
    state            text        not null,
    attempt          int         not null default 1,
    publication_id   uuid,
    check_outcome    text,
    failure          text,
    decided_by       text,
    decision_note    text,
    created_at       timestamptz not null,
    published_at     timestamptz,
    platform_post_id text,
    url              text
);
create unique index reply_one_active_ix on inbox.reply (item_id) where state in ('AWAITING_APPROVAL', 'PUBLISHING', 'PUBLISHED', 'FAILED');
call platform.enable_force_isolation('inbox.reply');

create table inbox.sla (
    force_id      uuid not null,
    category      text not null,
    minutes       int  not null check (minutes between 1 and 43200),
    primary key (force_id, category)
);
call platform.enable_force_isolation('inbox.sla');

create table inbox.office_hours (
    force_id      uuid primary key,
    office_start  time not null,
    office_end    time not null
);
call platform.enable_force_isolation('inbox.office_hours');

create table inbox.keyword_route (
    id          uuid primary key,
    force_id    uuid        not null,
    keyword     text        not null,
    team        text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    unique (force_id, keyword)
);
call platform.enable_force_isolation('inbox.keyword_route');

create table inbox.community_standard (
    id          uuid primary key,
    force_id    uuid        not null,
    title       text        not null,
    description text        not null,
    active      boolean     not null default true,
    created_at  timestamptz not null,
    unique (force_id, title)
);
call platform.enable_force_isolation('inbox.community_standard');

create table inbox.moderation (
    id                 uuid primary key,
    force_id           uuid        not null,
    item_id            uuid        not null references inbox.item (id),
    action             text        not null,
    standard           text        not null,
    note               text,
    by_id              uuid,
    by_name            text        not null,
    at                 timestamptz not null,
    platform_outcome   text        not null,
    platform_message   text,
    appeal_text        text,
    appeal_at          timestamptz,
    appeal_recorded_by text,
    appeal_decision    text,
    appeal_reason      text,
    appeal_decided_by  text,
    appeal_decided_at  timestamptz
);
create index moderation_item_ix on inbox.moderation (force_id, item_id);
call platform.enable_force_isolation('inbox.moderation');

create table inbox.blocked_author (
    force_id      uuid        not null,
    account_id    uuid        not null,
    author_handle text        not null,
    standard      text        not null,
    blocked_at    timestamptz not null,
    blocked_by    text        not null,
    primary key (force_id, account_id, author_handle)
);
call platform.enable_force_isolation('inbox.blocked_author');

create table inbox.poll_cursor (
    force_id     uuid        not null,
    account_id   uuid        not null,
    cursor       text,
    polled_at    timestamptz,
    last_error   text,
    primary key (force_id, account_id)
);
call platform.enable_force_isolation('inbox.poll_cursor');

-- Broadcast (non-reply) posts per account and day, counted from publishing's events, for the dialogue ratio.
create table inbox.broadcast_day (
    force_id    uuid not null,
    account_id  uuid not null,
    day         date not null,
    posts       int  not null,
    primary key (force_id, account_id, day)
);
call platform.enable_force_isolation('inbox.broadcast_day');

-- The Sandbox network's inbound side: what the public sends to Sandbox handles. seq is the poll cursor.
create table inbox.sandbox_message (
    id            uuid primary key,
    force_id      uuid        not null,
    seq           bigserial,
    handle        text        not null,
    kind          text        not null,
    author_handle text        not null,
    text          text        not null,
    in_reply_to   text,
    thread_id     text,
    created_at    timestamptz not null,
    hidden        boolean     not null default false,
    deleted       boolean     not null default false
);
create index sandbox_message_poll_ix on inbox.sandbox_message (force_id, handle, seq);
call platform.enable_force_isolation('inbox.sandbox_message');

grant select, insert, update on inbox.item, inbox.reply, inbox.sla, inbox.office_hours, inbox.moderation,
    inbox.blocked_author, inbox.poll_cursor, inbox.broadcast_day, inbox.sandbox_message, inbox.community_standard
    to ${appRole};
grant select, insert, update, delete on inbox.keyword_route to ${appRole};
grant usage on sequence inbox.sandbox_message_seq_seq to ${appRole};
