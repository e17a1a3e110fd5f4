-- The force's social media accounts, who may post to them, their history, channel credentials and posting suspensions.
create schema if not exists accounts;
grant usage on schema accounts to ${appRole};

create table accounts.account (
    id                        uuid primary key,
    force_id                  uuid        not null,
    channel                   text        not null check (channel in ('X', 'FACEBOOK', 'INSTAGRAM', 'YOUTUBE', 'TIKTOK',
                                                        'THREADS', 'BLUESKY', 'MASTODON', 'NEXTDOOR', 'SANDBOX')),
    handle                    text        not null,
    display_name              text        not null,
    kind                      text        not null check (kind in ('CORPORATE', 'TEAM', 'INDIVIDUAL', 'UNOFFICIAL')),
    purpose                   text        not null,
    objectives                text[]      not null default '{}',
    owning_unit               text        not null,
    asset_owner_id            uuid        not null,
    followers                 int         not null default 0 check (followers >= 0),
    status                    text        not null check (status in ('ACTIVE', 'SUSPENDED', 'TRANSFER_PENDING', 'CLOSED')),
    status_reason             text,
    status_changed_at         timestamptz not null,
    transfer_kind             text check (transfer_kind in ('TEAM', 'INDIVIDUAL')),
    holder_id                 uuid,
    last_security_review_on   date,
    security_review_months    int         not null default 12 check (security_review_months between 1 and 60),
    last_posted_at            timestamptz,
    registered_at             timestamptz not null,
    version                   int         not null default 0
);
-- A handle is unique on its channel among accounts that are not closed: a closed handle may be registered again.
create unique index account_handle_uq on accounts.account (force_id, channel, lower(handle)) where status <> 'CLOSED';
create index account_force_idx on accounts.account (force_id, status, channel);
call platform.enable_force_isolation('accounts.account');

create table accounts.contributor (
    id            uuid primary key,
    force_id      uuid        not null,
    account_id    uuid        not null references accounts.account (id),
    staff_id      uuid        not null,
    level         text        not null check (level in ('POST_WITH_CHECKS', 'POST_WITH_REVIEW', 'REPLY_ONLY')),
    granted_at    timestamptz not null,
    granted_by    text        not null,
    ended_at      timestamptz,
    ended_reason  text
);
-- One current entry per person and account; ended entries are kept as the record of who could post when.
create unique index contributor_current_uq on accounts.contributor (account_id, staff_id) where ended_at is null;
create index contributor_staff_idx on accounts.contributor (force_id, staff_id) where ended_at is null;
call platform.enable_force_isolation('accounts.contributor');

create table accounts.account_history (
    id          bigserial primary key,
    force_id    uuid        not null,
    account_id  uuid        not null references accounts.account (id),
    occurred_at timestamptz not null,
    actor_id    uuid,
    actor_name  text        not null,
    change      text        not null,
    from_status text,
    to_status   text,
    reason      text,
    detail      text,
    subject_id  uuid
);
create index account_history_account_idx on accounts.account_history (account_id, occurred_at desc, id desc);
call platform.enable_force_isolation('accounts.account_history');

-- Connector credentials, AES-256-GCM encrypted; the plaintext never reaches the database or the page again.
create table accounts.channel_credential (
    account_id      uuid primary key references accounts.account (id),
    force_id        uuid        not null,
    key_fingerprint text        not null,
    sealed          bytea       not null,
    field_names     text[]      not null,
    stored_at       timestamptz not null,
    stored_by       text        not null
);
call platform.enable_force_isolation('accounts.channel_credential');

-- A person's posting rights suspended as an interim measure, for example while professional standards investigate.
create table accounts.posting_suspension (
    id              uuid primary key,
    force_id        uuid        not null,
    staff_id        uuid        not null,
    reason          text        not null,
    case_reference  text,
    suspended_at    timestamptz not null,
    suspended_by    text        not null,
    lifted_at       timestamptz,
    lifted_by       text,
    lifted_reason   text
);
create unique index posting_suspension_current_uq on accounts.posting_suspension (staff_id) where lifted_at is null;
call platform.enable_force_isolation('accounts.posting_suspension');

grant select, insert, update on accounts.account, accounts.contributor, accounts.account_history,
    accounts.channel_credential, accounts.posting_suspension to ${appRole};
grant delete on accounts.channel_credential to ${appRole};
grant usage on sequence accounts.account_history_id_seq to ${appRole};
