-- Signed checkpoints: every minute with new entries, the head of each force's chain is signed with the installation's
-- Ed25519 key. A copy kept outside the database lets verification catch a rewritten or truncated chain.
create table audit.checkpoint (
    id        bigserial primary key,
    force_id  uuid        not null,
    seq       bigint      not null,
    head_hash bytea       not null,
    signed_at timestamptz not null,
    key_id    text        not null,
    signature bytea       not null,
    unique (force_id, seq)
);
call platform.enable_force_isolation('audit.checkpoint');

create trigger checkpoint_append_only
    before update or delete on audit.checkpoint
    for each row execute function audit.refuse_change();
create trigger checkpoint_no_truncate
    before truncate on audit.checkpoint
    for each statement execute function audit.refuse_change();

-- The audit pages filter by action within a force.
create index audit_entry_action_idx on audit.entry (force_id, action, seq desc);

grant select, insert on audit.checkpoint to ${appRole};
grant usage on sequence audit.checkpoint_id_seq to ${appRole};
