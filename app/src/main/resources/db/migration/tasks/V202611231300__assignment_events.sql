-- The timeline of an assignment: every report, draft, request and decision, append-only.
create table assignment_event (
    id             bigserial primary key,
    assignment_id  bigint       not null references assignment (id) on delete cascade,
    action         varchar(30)  not null,
    from_status    varchar(30),
    to_status      varchar(30),
    text           text,
    percent        integer check (percent between 0 and 100),
    actor_id       bigint references app_user (id),
    created_at     timestamptz  not null default now()
);
create index assignment_event_assignment_idx on assignment_event (assignment_id, created_at);
