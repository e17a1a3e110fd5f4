-- The tamper-evident audit trail: one hash chain per force, appended in the same transaction as each change.
create schema if not exists audit;
grant usage on schema audit to ${appRole};

create table audit.entry (
    id          bigserial primary key,
    force_id    uuid        not null,
    seq         bigint      not null,
    occurred_at timestamptz not null,
    actor_id    uuid,
    actor_name  text        not null,
    action      text        not null,
    record_type text        not null,
    record_id   text        not null,
    reason      text,
    source_ip   text,
    details     jsonb       not null default '{}'::jsonb,
    prev_hash   bytea       not null,
    hash        bytea       not null,
    unique (force_id, seq)
);
create index audit_entry_force_time_idx on audit.entry (force_id, occurred_at desc);
create index audit_entry_record_idx on audit.entry (force_id, record_type, record_id);
create index audit_entry_actor_idx on audit.entry (force_id, actor_id);
call platform.enable_force_isolation('audit.entry');

-- The head of each force's chain: locking this row serialises appends for one force across instances.
create table audit.chain_head (
    force_id uuid primary key,
    seq      bigint not null,
    hash     bytea  not null
);
call platform.enable_force_isolation('audit.chain_head');

-- Entries are never changed or removed, whoever asks: the privilege below stops the app role, this trigger the owner.
create function audit.refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit entries are append-only';
end
$$;
create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate
    before truncate on audit.entry
    for each statement execute function audit.refuse_change();

grant select, insert on audit.entry to ${appRole};
grant usage on sequence audit.entry_id_seq to ${appRole};
grant select, insert, update on audit.chain_head to ${appRole};
