-- Failed logins, counted per username (lower case, known or not) and per client address over a sliding window
-- (LoginThrottle); rows older than the window are deleted as new failures come in. Replaces the per-account lock.
create table login_failure (
    id         bigserial    primary key,
    username   varchar(200) not null,
    address    varchar(100) not null,
    failed_at  timestamptz  not null
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_address_idx on login_failure (address, failed_at);
create index login_failure_at_idx on login_failure (failed_at);

alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
