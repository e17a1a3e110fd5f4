-- Professional standards cases about social media use: the cases, their evidence, interim measures and history.
create schema if not exists conduct;
grant usage on schema conduct to ${appRole};

-- Case references run per force and year: PSD-2026-0042.
create table conduct.reference_counter (
    force_id    uuid not null,
    year        int  not null,
    last_number int  not null,
    primary key (force_id, year)
);
call platform.enable_force_isolation('conduct.reference_counter');

create table conduct.conduct_case (
    id                  uuid primary key,
    force_id            uuid        not null,
    reference           text        not null,
    subject_id          uuid        not null,
    -- Copied when the case is opened: a later promotion or change of job must not rewrite history.
    subject_staff_type  text        not null check (subject_staff_type in ('POLICE_OFFICER', 'PCSO', 'SPECIAL_CONSTABLE', 'POLICE_STAFF')),
    subject_rank        text        not null,
    origin              text        not null check (origin in ('PUBLIC_COMPLAINT', 'INTERNAL_REPORT', 'MONITORING', 'REFERRAL')),
    platform            text        not null check (platform in ('X', 'FACEBOOK', 'INSTAGRAM', 'TIKTOK', 'SNAPCHAT', 'YOUTUBE',
                                                                 'LINKEDIN', 'WHATSAPP', 'OTHER_CLOSED_GROUP', 'OTHER')),
    account_kind        text        not null check (account_kind in ('OFFICIAL', 'PERSONAL', 'CLOSED_GROUP')),
    duty                text        not null check (duty in ('ON_DUTY', 'OFF_DUTY')),
    categories          text[]      not null check (cardinality(categories) > 0),
    standards           text[]      not null,
    social_media_factor boolean     not null,
    reported_on         date        not null,
    assessed_on         date,
    severity            text check (severity in ('NO_MISCONDUCT', 'MISCONDUCT', 'GROSS_MISCONDUCT')),
    concluded_on        date,
    outcome             text check (outcome in ('NO_CASE_TO_ANSWER', 'NO_FURTHER_ACTION', 'REFLECTIVE_PRACTICE',
                                                'MANAGEMENT_ACTION', 'WRITTEN_WARNING', 'FINAL_WRITTEN_WARNING',
                                                'DISMISSAL', 'RESIGNED', 'RETIRED')),
    notes               text        not null default '',
    status              text        not null check (status in ('OPEN', 'CONCLUDED')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             int         not null,
    unique (force_id, reference),
    check ((severity is null) = (assessed_on is null)),
    check (status = 'OPEN' or (outcome is not null and concluded_on is not null and severity is not null)),
    check (status = 'CONCLUDED' or (outcome is null and concluded_on is null)),
    check (assessed_on is null or assessed_on >= reported_on),
    check (concluded_on is null or concluded_on >= assessed_on)
);
create index conduct_case_force_reported_idx on conduct.conduct_case (force_id, reported_on desc);
create index conduct_case_subject_idx on conduct.conduct_case (force_id, subject_id);
call platform.enable_force_isolation('conduct.conduct_case');

-- Evidence is never altered: the app may add and read it, nothing else. A file's SHA-256 is checked on every download.
create table conduct.evidence (
    id                   uuid primary key,
    force_id             uuid        not null,
    case_id              uuid        not null references conduct.conduct_case (id),
    kind                 text        not null check (kind in ('FILE', 'ARCHIVE_RECORD')),
    file_name            text,
    media_type           text,
    size_bytes           bigint,
    sha256               bytea,
    content              bytea,
    -- A link to a record in the archive module, kept as plain values so the two modules stay independent.
    archive_record_id    uuid,
    archive_content_hash text,
    note                 text        not null default '',
    added_by             uuid,
    added_by_name        text        not null,
    added_at             timestamptz not null,
    check (kind <> 'FILE' or (file_name is not null and media_type is not null and size_bytes is not null
                              and sha256 is not null and content is not null)),
    check (kind <> 'ARCHIVE_RECORD' or archive_record_id is not null)
);
create index conduct_evidence_case_idx on conduct.evidence (case_id, added_at);
call platform.enable_force_isolation('conduct.evidence');

create table conduct.interim_measure (
    id             uuid primary key,
    force_id       uuid        not null,
    case_id        uuid        not null references conduct.conduct_case (id),
    kind           text        not null check (kind in ('POSTING_SUSPENSION', 'ACCOUNT_SUSPENSION')),
    subject_id     uuid,
    -- The account in the accounts register, and how it was named when the measure was imposed.
    account_id     uuid,
    account        text,
    reason         text        not null,
    imposed_by     uuid,
    imposed_by_name text       not null,
    imposed_at     timestamptz not null,
    lifted_at      timestamptz,
    lifted_by      uuid,
    lifted_by_name text,
    lift_reason    text,
    check (kind <> 'POSTING_SUSPENSION' or subject_id is not null),
    check (kind <> 'ACCOUNT_SUSPENSION' or (account_id is not null and account is not null)),
    check ((lifted_at is null) = (lift_reason is null))
);
create unique index conduct_measure_active_uq
    on conduct.interim_measure (case_id, kind, coalesce(account_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where lifted_at is null;
call platform.enable_force_isolation('conduct.interim_measure');

-- What happened to a case, for the investigator's own timeline (views are in the audit trail only).
create table conduct.case_history (
    id         bigserial primary key,
    force_id   uuid        not null,
    case_id    uuid        not null references conduct.conduct_case (id),
    at         timestamptz not null,
    actor_id   uuid,
    actor_name text        not null,
    what       text        not null,
    detail     text
);
create index conduct_history_case_idx on conduct.case_history (case_id, at);
call platform.enable_force_isolation('conduct.case_history');

grant select, insert, update on conduct.reference_counter, conduct.conduct_case to ${appRole};
grant select, insert on conduct.evidence, conduct.case_history to ${appRole};
grant select, insert, update on conduct.interim_measure to ${appRole};
grant usage on sequence conduct.case_history_id_seq to ${appRole};
