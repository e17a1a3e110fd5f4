-- The evidential archive: what was posted, checked, decided, published and received, each with its content hash;
-- retention review, disposal to a tombstone, legal holds and full-text search.
create schema if not exists archive;
grant usage on schema archive to ${appRole};

create table archive.record (
    id              uuid primary key,
    force_id        uuid        not null,
    record_type     text        not null,
    record_id       text        not null,
    version         int         not null default 1,
    account         text,
    author_staff_id uuid,
    author_name     text,
    occurred_at     timestamptz not null,
    title           text,
    content         text,
    metadata        jsonb       not null default '{}'::jsonb,
    outcome         text,
    categories      text[]      not null default '{}',
    content_hash    bytea       not null,
    kept_at         timestamptz not null,
    status          text        not null default 'KEPT' check (status in ('KEPT', 'DISPOSED')),
    next_review_on  date,
    disposed_at     timestamptz,
    disposed_by     text,
    disposal_reason text,
    search          tsvector generated always as (
                        setweight(to_tsvector('english', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('english', coalesce(content, '')), 'B')) stored,
    unique (force_id, record_type, record_id, version)
);
create index archive_record_search_idx on archive.record using gin (search);
create index archive_record_time_idx on archive.record (force_id, occurred_at desc);
create index archive_record_account_idx on archive.record (force_id, account, occurred_at desc);
create index archive_record_author_idx on archive.record (force_id, author_staff_id, occurred_at desc);
create index archive_record_type_idx on archive.record (force_id, record_type, occurred_at desc);
create index archive_record_review_idx on archive.record (force_id, next_review_on) where next_review_on is not null;
call platform.enable_force_isolation('archive.record');

-- Full-text search goes through this view. PostgreSQL will not use a GIN index for '@@' (not leakproof) under
-- row-level security, so a search of a million records would read them all. The view runs as the table's owner,
-- which the policy does not bind (no FORCE on this table), and applies the same force rule itself.
alter table archive.record no force row level security;
create view archive.record_search as
select id, force_id, record_type, record_id, version, account, author_staff_id, author_name, occurred_at, title,
       content, metadata, outcome, categories, content_hash, status, search
  from archive.record
 where force_id = platform.current_force() or platform.is_system();

-- Archived content never changes. The only changes allowed are a new review date and disposal, which must remove
-- the content and keep the tombstone: identity, time and hash.
create function archive.guard_record() returns trigger
    language plpgsql
as $$
begin
    if old.status = 'DISPOSED' then
        raise exception 'archive record % has been disposed and cannot change', old.id;
    end if;
    if new.id <> old.id or new.force_id <> old.force_id or new.record_type <> old.record_type
       or new.record_id <> old.record_id or new.version <> old.version or new.occurred_at <> old.occurred_at
       or new.content_hash <> old.content_hash or new.kept_at <> old.kept_at
       or new.account is distinct from old.account then
        raise exception 'archive record % identity cannot change', old.id;
    end if;
    if new.status = 'KEPT' and (new.title is distinct from old.title or new.content is distinct from old.content
       or new.metadata <> old.metadata or new.author_name is distinct from old.author_name
       or new.author_staff_id is distinct from old.author_staff_id or new.outcome is distinct from old.outcome
       or new.categories <> old.categories) then
        raise exception 'archived content of record % cannot change', old.id;
    end if;
    if new.status = 'DISPOSED' and (new.title is not null or new.content is not null or new.metadata <> '{}'::jsonb
       or new.author_name is not null or new.author_staff_id is not null or new.disposed_at is null) then
        raise exception 'disposal of record % must remove its content', old.id;
    end if;
    return new;
end
$$;
create trigger record_guard before update on archive.record for each row execute function archive.guard_record();

-- The records schedule: how long each kind of record is kept before review. Defaults; a force may change its own.
create table archive.retention_default (
    record_type        text primary key,
    months             int  not null,
    schedule_reference text not null
);
insert into archive.retention_default (record_type, months, schedule_reference) values
    ('POST_VERSION',        72, 'Corporate communications: published content and its drafting, 6 years'),
    ('PUBLICATION_RECEIPT', 72, 'Corporate communications: published content, 6 years'),
    ('REVIEW_DECISION',     72, 'Corporate communications: approval of published content, 6 years'),
    ('CHECK_DECISION',      24, 'Information assurance: automated content checks, 2 years'),
    ('MODERATION_ACTION',   24, 'Corporate communications: moderation of public comments, 2 years'),
    ('INBOUND_MESSAGE',     12, 'Corporate communications: public contact via social media, 1 year');

create table archive.retention_rule (
    force_id           uuid        not null,
    record_type        text        not null references archive.retention_default (record_type),
    months             int         not null check (months between 1 and 1200),
    schedule_reference text        not null,
    changed_by         text        not null,
    changed_at         timestamptz not null,
    primary key (force_id, record_type)
);
call platform.enable_force_isolation('archive.retention_rule');

create table archive.review_decision (
    id             uuid primary key,
    force_id       uuid        not null,
    record_id      uuid        not null references archive.record (id),
    decision       text        not null check (decision in ('RETAIN', 'DISPOSE')),
    reason         text        not null,
    next_review_on date,
    decided_by_id  uuid,
    decided_by     text        not null,
    decided_at     timestamptz not null
);
create index archive_review_decision_record_idx on archive.review_decision (force_id, record_id);
call platform.enable_force_isolation('archive.review_decision');

create table archive.legal_hold (
    id            uuid primary key,
    force_id      uuid        not null,
    name          text        not null,
    reason        text        not null,
    scope         text        not null check (scope in ('PERSON', 'ACCOUNT', 'CASE', 'SEARCH')),
    subject       text        not null,
    subject_label text        not null,
    search        jsonb,
    placed_by_id  uuid,
    placed_by     text        not null,
    placed_at     timestamptz not null,
    lifted_at     timestamptz,
    lifted_by_id  uuid,
    lifted_by     text,
    lift_reason   text
);
create index archive_legal_hold_active_idx on archive.legal_hold (force_id) where lifted_at is null;
call platform.enable_force_isolation('archive.legal_hold');

create table archive.legal_hold_record (
    hold_id   uuid        not null references archive.legal_hold (id),
    record_id uuid        not null references archive.record (id),
    force_id  uuid        not null,
    added_at  timestamptz not null,
    primary key (hold_id, record_id)
);
create index archive_legal_hold_record_idx on archive.legal_hold_record (record_id);
call platform.enable_force_isolation('archive.legal_hold_record');

-- Values seen per force, for the search filters' choices without scanning the archive.
create table archive.facet (
    force_id uuid not null,
    kind     text not null check (kind in ('ACCOUNT', 'OUTCOME', 'CATEGORY')),
    value    text not null,
    primary key (force_id, kind, value)
);
call platform.enable_force_isolation('archive.facet');

grant select, insert, update on archive.record to ${appRole};
grant select on archive.record_search to ${appRole};
grant select on archive.retention_default to ${appRole};
grant select, insert, update on archive.retention_rule to ${appRole};
grant select, insert on archive.review_decision to ${appRole};
grant select, insert, update on archive.legal_hold to ${appRole};
grant select, insert on archive.legal_hold_record to ${appRole};
grant select, insert on archive.facet to ${appRole};
