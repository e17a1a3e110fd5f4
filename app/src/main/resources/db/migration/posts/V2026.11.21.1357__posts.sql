-- Posts: drafts and their versions, the accounts each goes to (with its publication there) and attached images.
create schema if not exists posts;
grant usage on schema posts to ${appRole};

create table posts.post (
    id                uuid primary key,
    force_id          uuid        not null,
    author_id         uuid        not null,
    author_name       text        not null,
    state             text        not null check (state in ('DRAFT', 'BLOCKED', 'AWAITING_REVIEW', 'APPROVED', 'REJECTED',
                                                            'SCHEDULED', 'PUBLISHED', 'FAILED', 'DELETED')),
    text              text        not null default '',
    objective         text,
    scheduled_at      timestamptz,
    version           int         not null default 1,
    last_outcome      text,
    review_required   boolean     not null default false,
    reviewer_id       uuid,
    reviewer_name     text,
    review_note       text,
    failure           text,
    deleted_reason    text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    published_at      timestamptz
);
create index post_author_ix on posts.post (force_id, author_id, updated_at desc);
create index post_state_ix on posts.post (force_id, state);
call platform.enable_force_isolation('posts.post');

-- Each saved version of a post, kept so what was checked, reviewed and published can be shown later.
create table posts.post_version (
    post_id       uuid        not null references posts.post (id),
    version       int         not null,
    force_id      uuid        not null,
    text          text        not null,
    objective     text,
    scheduled_at  timestamptz,
    accounts      uuid[]      not null default '{}',
    saved_at      timestamptz not null,
    saved_by      text        not null,
    primary key (post_id, version)
);
call platform.enable_force_isolation('posts.post_version');

create table posts.post_target (
    post_id           uuid        not null references posts.post (id),
    account_id        uuid        not null,
    force_id          uuid        not null,
    position          int         not null,
    publication_id    uuid,
    published_at      timestamptz,
    platform_post_id  text,
    url               text,
    failure           text,
    primary key (post_id, account_id)
);
create index post_target_publication_ix on posts.post_target (publication_id);
call platform.enable_force_isolation('posts.post_target');

create table posts.post_image (
    id            uuid primary key,
    post_id       uuid        not null references posts.post (id),
    force_id      uuid        not null,
    file_name     text        not null,
    content_type  text        not null,
    content       bytea       not null,
    alt_text      text        not null,
    media_right   text        not null check (media_right in ('OWN_WORK', 'FORCE_OWNED', 'LICENSED')),
    attribution   text,
    added_at      timestamptz not null
);
call platform.enable_force_isolation('posts.post_image');

grant select, insert, update on posts.post, posts.post_version, posts.post_target, posts.post_image to ${appRole};
grant delete on posts.post_target, posts.post_image to ${appRole};
