-- Insights: each force's strategy objectives and targets, and daily facts built from other modules' events.
-- Facts are pre-aggregated per London day so a year of a large force reads in milliseconds; they hold counts only.
create schema if not exists insights;
grant usage on schema insights to ${appRole};

-- The objectives in the force's communication strategy, each with an optional target of posts a month.
create table insights.strategy_objective (
    force_id          uuid        not null,
    objective         text        not null,
    target_per_month  int check (target_per_month between 1 and 10000),
    changed_by        text        not null,
    changed_at        timestamptz not null,
    primary key (force_id, objective)
);
call platform.enable_force_isolation('insights.strategy_objective');

-- Each post's objective, from posts' PostSentOut, so a publication can be counted against it.
create table insights.post_objective (
    force_id   uuid not null,
    post_ref   text not null,
    objective  text,
    primary key (force_id, post_ref)
);
call platform.enable_force_isolation('insights.post_objective');

-- Events already counted: a redelivered event never counts twice.
create table insights.counted_event (
    force_id   uuid not null,
    event_key  text not null,
    primary key (force_id, event_key)
);
call platform.enable_force_isolation('insights.counted_event');

-- Publications per day, account and objective ('' for replies and posts without one); failures per account.
create table insights.publication_day (
    force_id    uuid not null,
    day         date not null,
    account_id  uuid not null,
    objective   text not null default '',
    broadcasts  int  not null default 0,
    replies     int  not null default 0,
    failures    int  not null default 0,
    primary key (force_id, day, account_id, objective)
);
call platform.enable_force_isolation('insights.publication_day');

-- The same by calendar month, written with each day's row: a year's dashboard reads 12 months, not 365 days.
create table insights.publication_month (
    force_id    uuid not null,
    month       date not null,
    account_id  uuid not null,
    objective   text not null default '',
    broadcasts  int  not null default 0,
    replies     int  not null default 0,
    failures    int  not null default 0,
    primary key (force_id, month, account_id, objective)
);
call platform.enable_force_isolation('insights.publication_month');

-- Safeguard checks per day and outcome; and per category found (a check may find several categories).
create table insights.check_day (
    force_id  uuid not null,
    day       date not null,
    outcome   text not null,
    category  text not null default '',
    checks    int  not null default 0,
    primary key (force_id, day, outcome, category)
);
call platform.enable_force_isolation('insights.check_day');

-- Review decisions per day and decision, with their waits in office time.
create table insights.review_day (
    force_id             uuid   not null,
    day                  date   not null,
    decision             text   not null,
    decisions            int    not null default 0,
    office_seconds       bigint not null default 0,
    overdue              int    not null default 0,
    primary key (force_id, day, decision)
);
call platform.enable_force_isolation('insights.review_day');

-- Inbound items per day received and account: how many were answered (and how fast), escalated, breached.
-- Answers count on the day the item was received, escalations on the day of the hand-off, breaches on the day the
-- deadline passed.
create table insights.inbound_day (
    force_id           uuid   not null,
    day                date   not null,
    account_id         uuid   not null,
    received           int    not null default 0,
    answered           int    not null default 0,
    replied            int    not null default 0,
    response_seconds   bigint not null default 0,
    within_hour        int    not null default 0,
    answered_late      int    not null default 0,
    escalated          int    not null default 0,
    breached           int    not null default 0,
    primary key (force_id, day, account_id)
);
call platform.enable_force_isolation('insights.inbound_day');

-- The same by calendar month of the day counted.
create table insights.inbound_month (
    force_id           uuid   not null,
    month              date   not null,
    account_id         uuid   not null,
    received           int    not null default 0,
    answered           int    not null default 0,
    replied            int    not null default 0,
    response_seconds   bigint not null default 0,
    within_hour        int    not null default 0,
    answered_late      int    not null default 0,
    escalated          int    not null default 0,
    breached           int    not null default 0,
    primary key (force_id, month, account_id)
);
call platform.enable_force_isolation('insights.inbound_month');

-- Inbound items per day received and triage category.
create table insights.inbound_category_day (
    force_id   uuid not null,
    day        date not null,
    category   text not null,
    received   int  not null default 0,
    escalated  int  not null default 0,
    primary key (force_id, day, category)
);
call platform.enable_force_isolation('insights.inbound_category_day');

-- Critical-incident pauses: when each started and ended, and how far it reached.
create table insights.pause (
    force_id     uuid        not null,
    pause_id     uuid        not null,
    started_at   timestamptz not null,
    ended_at     timestamptz,
    whole_force  boolean     not null,
    accounts     int         not null,
    primary key (force_id, pause_id)
);
call platform.enable_force_isolation('insights.pause');

-- Demo forces only: the generated history seeded on first start, so pages can say the figures are not real.
create table insights.demo_history (
    force_id   uuid primary key,
    first_day  date not null,
    last_day   date not null,
    seeded_at  timestamptz not null
);
call platform.enable_force_isolation('insights.demo_history');

grant select, insert, update, delete on insights.strategy_objective to ${appRole};
grant select, insert, update on insights.post_objective, insights.counted_event, insights.publication_day,
    insights.publication_month, insights.inbound_month,
    insights.check_day, insights.review_day, insights.inbound_day, insights.inbound_category_day, insights.pause,
    insights.demo_history to ${appRole};
