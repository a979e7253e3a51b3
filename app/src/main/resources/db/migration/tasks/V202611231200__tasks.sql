-- Tasks issued from notices and one assignment per agency (groups expanded when issued).
create table task (
    id                bigserial primary key,
    notice_id         bigint       references notice (id),
    ref               varchar(60),
    content           text         not null,
    deadline_text     text,
    original_deadline date,
    recurrence        varchar(10),
    standing          boolean      not null default false,
    product           varchar(300),
    created_at        timestamptz  not null default now(),
    version           integer      not null default 0
);
create index task_notice_idx on task (notice_id);

create table assignment (
    id                bigserial primary key,
    task_id           bigint       not null references task (id) on delete cascade,
    agency_id         bigint       not null references agency (id),
    role              varchar(10)  not null check (role in ('LEAD', 'SUPPORT')),
    status            varchar(30)  not null check (status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION',
                                                          'DONE', 'DECLINED', 'SUSPENDED', 'CANCELLED')),
    deadline          date,
    completed_on      date,
    progress_percent  integer      not null default 0 check (progress_percent between 0 and 100),
    last_report_at    timestamptz,
    assigned_at       timestamptz  not null default now(),
    version           integer      not null default 0,
    unique (task_id, agency_id, role)
);
create index assignment_agency_status_idx on assignment (agency_id, status, deadline);
create index assignment_task_idx on assignment (task_id);
create index assignment_deadline_idx on assignment (deadline) where status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION');
