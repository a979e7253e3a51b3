create table app_user (
    id               bigserial primary key,
    username         varchar(64)  not null,
    full_name        varchar(200) not null,
    email            varchar(200),
    password_hash    varchar(200) not null,
    role             varchar(32)  not null check (role in
                      ('ADMIN','SECRETARIAT','LEADER','AGENCY_HEAD','AGENCY_OFFICER','INSPECTOR')),
    agency_id        bigint references agency (id),
    enabled          boolean      not null default true,
    mail_enabled     boolean      not null default true,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_agency_idx on app_user (agency_id);

-- Personal access tokens for /api/v1: only a SHA-256 of the token is stored.
create table api_token (
    id            bigserial primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,
    token_prefix  varchar(16)  not null,
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    expires_at    timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_idx on api_token (user_id);
