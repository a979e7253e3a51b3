-- The agency directory: agencies and groups ("Các sở, ban, ngành, địa phương"), seeded from CSV,
-- edited by admins.
create table agency (
    id           bigserial primary key,
    code         varchar(64)  not null unique,
    name         varchar(300) not null,
    kind         varchar(40)  not null,
    short_name   varchar(150),
    aliases      text         not null default '',
    is_group     boolean      not null default false,
    member_spec  text,
    unspecified  boolean      not null default false,
    active       boolean      not null default true,
    name_folded  varchar(300) not null,
    version      integer      not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create index agency_kind_idx on agency (kind) where active;
create index agency_name_folded_trgm on agency using gin (name_folded gin_trgm_ops);

-- Which CSV seed has been applied, so an admin's edits are never overwritten by a restart.
create table agency_seed (
    seed        varchar(100) primary key,
    applied_at  timestamptz not null default now()
);
