-- Reminders: the admin-editable policy (one row), what was already sent (idempotency), the in-app
-- notification centre and the mail outbox.
create table reminder_policy (
    id                          integer      primary key check (id = 1),
    days_before                 varchar(40)  not null default '7,3',
    on_the_day                  boolean      not null default true,
    overdue_digest              varchar(10)  not null default 'DAILY' check (overdue_digest in ('DAILY', 'WEEKLY', 'OFF')),
    escalate_secretariat_days   integer      not null default 7,
    escalate_leader_days        integer      not null default 30,
    silent_months               integer      not null default 3,
    awaiting_confirmation_days  integer      not null default 5,
    version                     integer      not null default 0,
    updated_at                  timestamptz,
    updated_by                  bigint       references app_user (id)
);
insert into reminder_policy (id) values (1);

-- One row per reminder event ever sent: rule + assignment (or agency) + deadline in force / occurrence.
-- The unique key makes every run idempotent; an extension's new deadline is a new key.
create table reminder_sent (
    id             bigserial    primary key,
    event_key      varchar(200) not null unique,
    rule           varchar(30)  not null,
    assignment_id  bigint       references assignment (id) on delete cascade,
    agency_id      bigint       references agency (id),
    occurrence     date         not null,
    run_date       date         not null,
    created_at     timestamptz  not null default now()
);
create index reminder_sent_assignment_idx on reminder_sent (assignment_id);

create table notification (
    id          bigserial    primary key,
    user_id     bigint       not null references app_user (id) on delete cascade,
    title       varchar(300) not null,
    body        text         not null,
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_user_idx on notification (user_id, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

create table outbox (
    id               bigserial    primary key,
    user_id          bigint       references app_user (id) on delete set null,
    to_address       varchar(200) not null,
    subject          varchar(300) not null,
    body_text        text         not null,
    body_html        text         not null,
    status           varchar(10)  not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts         integer      not null default 0,
    last_error       text,
    next_attempt_at  timestamptz,
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index outbox_due_idx on outbox (next_attempt_at) where status in ('QUEUED', 'FAILED');
create index outbox_status_idx on outbox (status, id desc);
