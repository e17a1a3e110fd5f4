-- Shared database foundations: row-level security helpers, sessions, scheduler and event tables.
create schema if not exists platform;
grant usage on schema platform to ${appRole};

-- The force the current connection is scoped to (set by TenantScopedDataSource), or null.
create function platform.current_force() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('postwatch.force_id', true), '')::uuid $$;

-- True only for system work (sign-in look-ups, schedulers, cross-force aggregates).
create function platform.is_system() returns boolean
    language sql stable parallel safe
as $$ select coalesce(current_setting('postwatch.system', true), 'off') = 'on' $$;

-- Every force-owned table calls this once: the second wall behind the application's own force checks.
-- FORCE makes the policy apply to the table owner too, for deployments that run migrations and the app as one role.
create procedure platform.enable_force_isolation(target regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy force_isolation on %s using (force_id = platform.current_force() or platform.is_system()) '
                   'with check (force_id = platform.current_force() or platform.is_system())', target);
end
$$;

grant execute on function platform.current_force() to ${appRole};
grant execute on function platform.is_system() to ${appRole};

-- Spring Session JDBC: sessions live in the database so any instance can serve any request.
create table platform.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null references platform.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- db-scheduler: scheduled work lives in the database, so a task runs once across instances.
create table platform.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on platform.scheduled_tasks (priority desc, execution_time asc);

-- Spring Modulith event publication registry: events survive a crash between commit and listener.
create table platform.event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

grant select, insert, update, delete on all tables in schema platform to ${appRole};
