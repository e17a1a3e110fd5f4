-- Forces, staff, roles, local credentials and API tokens.
create schema if not exists identity;
grant usage on schema identity to ${appRole};

-- Reference data: every user can read force names, so this table carries no row-level security.
create table identity.force (
    id           uuid primary key default gen_random_uuid(),
    code         text not null unique,
    name         text not null,
    email_domain text not null,
    kind         text not null check (kind in ('TERRITORIAL', 'NATIONAL', 'SCOTLAND', 'NORTHERN_IRELAND'))
);

insert into identity.force (code, name, email_domain, kind) values
    ('AVS', 'Avon and Somerset Constabulary', 'avonandsomerset.police.uk', 'TERRITORIAL'),
    ('BDS', 'Bedfordshire Police', 'bedfordshire.police.uk', 'TERRITORIAL'),
    ('CAM', 'Cambridgeshire Constabulary', 'cambs.police.uk', 'TERRITORIAL'),
    ('CHS', 'Cheshire Constabulary', 'cheshire.police.uk', 'TERRITORIAL'),
    ('COL', 'City of London Police', 'cityoflondon.police.uk', 'TERRITORIAL'),
    ('CLE', 'Cleveland Police', 'cleveland.police.uk', 'TERRITORIAL'),
    ('CUM', 'Cumbria Constabulary', 'cumbria.police.uk', 'TERRITORIAL'),
    ('DER', 'Derbyshire Constabulary', 'derbyshire.police.uk', 'TERRITORIAL'),
    ('DEC', 'Devon and Cornwall Police', 'devonandcornwall.police.uk', 'TERRITORIAL'),
    ('DOR', 'Dorset Police', 'dorset.police.uk', 'TERRITORIAL'),
    ('DUR', 'Durham Constabulary', 'durham.police.uk', 'TERRITORIAL'),
    ('DYP', 'Dyfed-Powys Police', 'dyfed-powys.police.uk', 'TERRITORIAL'),
    ('ESX', 'Essex Police', 'essex.police.uk', 'TERRITORIAL'),
    ('GLO', 'Gloucestershire Constabulary', 'gloucestershire.police.uk', 'TERRITORIAL'),
    ('GMP', 'Greater Manchester Police', 'gmp.police.uk', 'TERRITORIAL'),
    ('GWT', 'Gwent Police', 'gwent.police.uk', 'TERRITORIAL'),
    ('HAM', 'Hampshire and Isle of Wight Constabulary', 'hampshire.police.uk', 'TERRITORIAL'),
    ('HER', 'Hertfordshire Constabulary', 'herts.police.uk', 'TERRITORIAL'),
    ('HUM', 'Humberside Police', 'humberside.police.uk', 'TERRITORIAL'),
    ('KNT', 'Kent Police', 'kent.police.uk', 'TERRITORIAL'),
    ('LAN', 'Lancashire Constabulary', 'lancashire.police.uk', 'TERRITORIAL'),
    ('LEI', 'Leicestershire Police', 'leics.police.uk', 'TERRITORIAL'),
    ('LIN', 'Lincolnshire Police', 'lincs.police.uk', 'TERRITORIAL'),
    ('MER', 'Merseyside Police', 'merseyside.police.uk', 'TERRITORIAL'),
    ('MPS', 'Metropolitan Police Service', 'met.police.uk', 'TERRITORIAL'),
    ('NFK', 'Norfolk Constabulary', 'norfolk.police.uk', 'TERRITORIAL'),
    ('NWP', 'North Wales Police', 'northwales.police.uk', 'TERRITORIAL'),
    ('NYP', 'North Yorkshire Police', 'northyorkshire.police.uk', 'TERRITORIAL'),
    ('NTH', 'Northamptonshire Police', 'northants.police.uk', 'TERRITORIAL'),
    ('NBR', 'Northumbria Police', 'northumbria.police.uk', 'TERRITORIAL'),
    ('NTT', 'Nottinghamshire Police', 'notts.police.uk', 'TERRITORIAL'),
    ('SWP', 'South Wales Police', 'south-wales.police.uk', 'TERRITORIAL'),
    ('SYP', 'South Yorkshire Police', 'southyorks.police.uk', 'TERRITORIAL'),
    ('STA', 'Staffordshire Police', 'staffordshire.police.uk', 'TERRITORIAL'),
    ('SFK', 'Suffolk Constabulary', 'suffolk.police.uk', 'TERRITORIAL'),
    ('SUR', 'Surrey Police', 'surrey.police.uk', 'TERRITORIAL'),
    ('SSX', 'Sussex Police', 'sussex.police.uk', 'TERRITORIAL'),
    ('TVP', 'Thames Valley Police', 'thamesvalley.police.uk', 'TERRITORIAL'),
    ('WAR', 'Warwickshire Police', 'warwickshire.police.uk', 'TERRITORIAL'),
    ('WMC', 'West Mercia Police', 'westmercia.police.uk', 'TERRITORIAL'),
    ('WMP', 'West Midlands Police', 'westmidlands.police.uk', 'TERRITORIAL'),
    ('WYP', 'West Yorkshire Police', 'westyorkshire.police.uk', 'TERRITORIAL'),
    ('WIL', 'Wiltshire Police', 'wiltshire.police.uk', 'TERRITORIAL'),
    ('BTP', 'British Transport Police', 'btp.police.uk', 'NATIONAL'),
    ('PSC', 'Police Scotland', 'scotland.police.uk', 'SCOTLAND'),
    ('PNI', 'Police Service of Northern Ireland', 'psni.police.uk', 'NORTHERN_IRELAND');

grant select on identity.force to ${appRole};

create table identity.staff (
    id            uuid primary key,
    force_id      uuid        not null references identity.force (id),
    given_name    text        not null,
    family_name   text        not null,
    staff_type    text        not null check (staff_type in ('POLICE_OFFICER', 'PCSO', 'SPECIAL_CONSTABLE', 'POLICE_STAFF')),
    rank          text        not null,
    collar_number text,
    unit          text        not null,
    email         text        not null,
    status        text        not null check (status in ('ACTIVE', 'LEFT')),
    left_on       date,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index staff_email_uq on identity.staff (lower(email));
create unique index staff_collar_uq on identity.staff (force_id, lower(collar_number)) where collar_number is not null;
create index staff_force_idx on identity.staff (force_id, family_name, given_name);
call platform.enable_force_isolation('identity.staff');

create table identity.staff_role (
    staff_id uuid not null references identity.staff (id),
    force_id uuid not null,
    role     text not null check (role in ('CONTRIBUTOR', 'REVIEWER', 'ACCOUNT_MANAGER', 'TRAINING_ADMIN',
                                           'PROFESSIONAL_STANDARDS', 'FORCE_ADMIN', 'INSPECTOR')),
    primary key (staff_id, role)
);
call platform.enable_force_isolation('identity.staff_role');

create table identity.local_credential (
    staff_id        uuid primary key references identity.staff (id),
    force_id        uuid        not null,
    username        text        not null,
    password_hash   text        not null,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    changed_at      timestamptz not null default now()
);
create unique index local_credential_username_uq on identity.local_credential (lower(username));
call platform.enable_force_isolation('identity.local_credential');

create table identity.api_token (
    id           uuid primary key,
    force_id     uuid        not null,
    staff_id     uuid        not null references identity.staff (id),
    name         text        not null,
    token_hash   bytea       not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_staff_idx on identity.api_token (staff_id);
call platform.enable_force_isolation('identity.api_token');

grant select, insert, update on identity.staff, identity.staff_role, identity.local_credential, identity.api_token to ${appRole};
grant delete on identity.staff_role to ${appRole};
