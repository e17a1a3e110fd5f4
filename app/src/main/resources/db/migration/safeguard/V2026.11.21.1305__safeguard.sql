-- Safeguard: force policies and their versions, force settings for the engine, active court cases, each force's
-- labelled example suite, and the decision recorded for every check of a real post.
create schema if not exists safeguard;
grant usage on schema safeguard to ${appRole};

-- A force's policy, versioned. Versions are numbered per force from 1 (the shipped default); at most one is active.
-- Drafts can be revised until activated; active and retired versions never change, so decisions can be replayed.
create table safeguard.policy_version (
    id                uuid primary key,
    force_id          uuid        not null,
    number            int         not null,
    label             text        not null,
    name              text        not null,
    yaml              text        not null,
    yaml_sha256       text        not null,
    status            text        not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    based_on          int,
    created_at        timestamptz not null,
    created_by        uuid,
    created_by_name   text        not null,
    updated_at        timestamptz not null,
    activated_at      timestamptz,
    activated_by_name text,
    activation_reason text,
    retired_at        timestamptz,
    unique (force_id, number),
    unique (force_id, label)
);
create unique index policy_version_one_active_uq on safeguard.policy_version (force_id) where status = 'ACTIVE';
call platform.enable_force_isolation('safeguard.policy_version');

-- What the engine needs to know about the force beyond its e-mail domain: published numbers and trusted sites.
create table safeguard.force_settings (
    force_id          uuid primary key,
    published_numbers text[]      not null default '{}',
    link_domains      text[]      not null default '{}',
    updated_at        timestamptz not null,
    updated_by_name   text        not null
);
call platform.enable_force_isolation('safeguard.force_settings');

-- Cases before the courts that posts must not prejudice; the contempt check reads the open ones.
create table safeguard.court_case (
    id              uuid primary key,
    force_id        uuid        not null,
    reference       text        not null,
    defendants      text[]      not null,
    offence         text        not null,
    court           text        not null,
    next_hearing    date,
    restrictions    text[]      not null default '{}',
    protected_names text[]      not null default '{}',
    status          text        not null check (status in ('OPEN', 'CLOSED')),
    closed_at       timestamptz,
    closed_reason   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index court_case_open_idx on safeguard.court_case (force_id, status, next_hearing);
call platform.enable_force_isolation('safeguard.court_case');

-- The force's own labelled examples (JSONL, the shared datasets' format), used to test a policy before activating it.
create table safeguard.example_suite (
    force_id         uuid primary key,
    file_name        text        not null,
    content          text        not null,
    item_count       int         not null,
    uploaded_at      timestamptz not null,
    uploaded_by_name text        not null
);
call platform.enable_force_isolation('safeguard.example_suite');

-- One row per check of a real post: enough to replay it (fingerprint of the text, the policy version, the context)
-- and to show why it was held. The post's text itself lives with the post, not here.
create table safeguard.decision (
    id                  uuid primary key,
    force_id            uuid        not null,
    post_reference      text        not null,
    content_sha256      text        not null,
    policy_version_id   uuid        not null references safeguard.policy_version (id),
    policy_number       int         not null,
    policy_version      text        not null,
    outcome             text        not null check (outcome in ('ALLOW', 'ADVISE', 'REVIEW', 'BLOCK')),
    categories          text[]      not null,
    findings            jsonb       not null,
    channel             text        not null,
    account_kind        text        not null,
    attachments         jsonb       not null,
    checked_by          uuid,
    decided_at          timestamptz not null,
    elapsed_micros      bigint      not null
);
create index decision_post_idx on safeguard.decision (force_id, post_reference, decided_at);
create index decision_time_idx on safeguard.decision (force_id, decided_at);
call platform.enable_force_isolation('safeguard.decision');

grant select, insert, update on safeguard.policy_version, safeguard.force_settings, safeguard.court_case,
    safeguard.example_suite to ${appRole};
-- Decisions are evidence: written once, never changed.
grant select, insert on safeguard.decision to ${appRole};
