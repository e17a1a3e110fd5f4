-- Courses, completions, accreditation rules (which courses must be current for a kind of account on a channel) and
-- the notices that tell people a course is about to expire.
create schema if not exists training;
grant usage on schema training to ${appRole};

create table training.course (
    id              uuid primary key default gen_random_uuid(),
    force_id        uuid        not null,
    code            text        not null,
    title           text        not null,
    description     text        not null default '',
    validity_months int         not null check (validity_months between 1 and 120),
    created_at      timestamptz not null default now()
);
create unique index course_code_uq on training.course (force_id, lower(code));

create table training.completion (
    id           uuid primary key,
    force_id     uuid        not null,
    staff_id     uuid        not null,
    course_id    uuid        not null references training.course (id),
    completed_on date        not null,
    -- The first day the course is no longer current; fixed when recorded, so a later change of validity is not retrospective.
    expires_on   date        not null,
    source       text        not null check (source in ('RECORDED', 'IMPORTED', 'DEMO')),
    import_id    uuid,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    check (expires_on > completed_on)
);
create unique index completion_uq on training.completion (staff_id, course_id, completed_on);
create index completion_staff_idx on training.completion (force_id, staff_id, course_id, expires_on desc);
create index completion_expiry_idx on training.completion (force_id, expires_on);

-- channel null: the course is required on every channel for that kind of account.
create table training.accreditation_rule (
    force_id     uuid not null,
    account_kind text not null check (account_kind in ('CORPORATE', 'TEAM', 'INDIVIDUAL', 'UNOFFICIAL')),
    channel      text check (channel in ('X', 'FACEBOOK', 'INSTAGRAM', 'YOUTUBE', 'TIKTOK', 'THREADS', 'BLUESKY',
                                         'MASTODON', 'NEXTDOOR', 'SANDBOX')),
    course_id    uuid not null references training.course (id)
);
create unique index accreditation_rule_uq on training.accreditation_rule (force_id, account_kind, coalesce(channel, ''), course_id);

create table training.expiry_notice (
    id         uuid primary key default gen_random_uuid(),
    force_id   uuid        not null,
    staff_id   uuid        not null,
    course_id  uuid        not null references training.course (id),
    expires_on date        not null,
    created_at timestamptz not null default now()
);
create unique index expiry_notice_uq on training.expiry_notice (staff_id, course_id, expires_on);

-- Default courses and rules for every force, before row-level security is switched on for these tables.
insert into training.course (force_id, code, title, description, validity_months)
select f.id, c.code, c.title, c.description, c.months
  from identity.force f
 cross join (values
    ('SMF', 'Social media foundations', 'The force social media policy, tone of voice, engaging with the public and when to hand over to the digital desk.', 24),
    ('DPA', 'Data protection', 'Personal data in posts and replies: names, faces, addresses, vehicle registrations and children.', 12),
    ('MLC', 'Media law and contempt', 'Contempt of court, sub judice, anonymity of victims and suspects, defamation and copyright.', 24),
    ('OPSEC', 'Operational security awareness', 'Not giving away tactics, locations, timings, staffing or live operations.', 12),
    ('CH-X', 'Posting on X', 'Using X for policing: replies, reposts, threads, media and direct messages.', 24),
    ('CH-FACEBOOK', 'Posting on Facebook', 'Pages, comments, community groups and appeals on Facebook.', 24),
    ('CH-INSTAGRAM', 'Posting on Instagram', 'Posts, stories, reels and comments on Instagram.', 24),
    ('CH-YOUTUBE', 'Posting on YouTube', 'Uploading and describing video, comments and community posts on YouTube.', 24),
    ('CH-TIKTOK', 'Posting on TikTok', 'Short video, trends, sounds and comments on TikTok.', 24),
    ('CH-THREADS', 'Posting on Threads', 'Posts and replies on Threads.', 24),
    ('CH-BLUESKY', 'Posting on Bluesky', 'Posts, replies and moderation lists on Bluesky.', 24),
    ('CH-MASTODON', 'Posting on Mastodon', 'Posting on a Mastodon instance, content warnings and federation.', 24),
    ('CH-NEXTDOOR', 'Posting on Nextdoor', 'Agency posts to neighbourhoods on Nextdoor.', 24),
    ('CH-SANDBOX', 'Posting on the Sandbox channel', 'The practice channel: posts go nowhere outside Postwatch.', 24)
 ) as c(code, title, description, months);

insert into training.accreditation_rule (force_id, account_kind, channel, course_id)
select c.force_id, k.kind, null, c.id
  from training.course c
  join (values ('CORPORATE', 'SMF'), ('CORPORATE', 'DPA'), ('CORPORATE', 'MLC'), ('CORPORATE', 'OPSEC'),
               ('TEAM', 'SMF'), ('TEAM', 'DPA'), ('TEAM', 'OPSEC'),
               ('INDIVIDUAL', 'SMF'), ('INDIVIDUAL', 'DPA'), ('INDIVIDUAL', 'MLC'), ('INDIVIDUAL', 'OPSEC'))
       as k(kind, code) on k.code = c.code;

insert into training.accreditation_rule (force_id, account_kind, channel, course_id)
select c.force_id, k.kind, substring(c.code from 4), c.id
  from training.course c
 cross join (values ('CORPORATE'), ('TEAM'), ('INDIVIDUAL')) as k(kind)
 where c.code like 'CH-%';

call platform.enable_force_isolation('training.course');
call platform.enable_force_isolation('training.completion');
call platform.enable_force_isolation('training.accreditation_rule');
call platform.enable_force_isolation('training.expiry_notice');

grant select, insert, update on training.course, training.completion, training.expiry_notice to ${appRole};
grant select, insert, delete on training.accreditation_rule to ${appRole};
