-- Occurrences of recurring assignments (task.recurrence P2W, P1M, P3M, P1Y): one row per reporting period, due at
-- the end of the period, fulfilled by the first progress or completion report sent in or after it.
create table occurrence (
    id              bigserial   primary key,
    assignment_id   bigint      not null references assignment (id) on delete cascade,
    seq             integer     not null,
    period_start    date        not null,
    due_on          date        not null,
    reported_at     timestamptz,
    report_event_id bigint      references assignment_event (id) on delete set null,
    unique (assignment_id, due_on),
    unique (assignment_id, seq)
);
create index occurrence_open_due_idx on occurrence (due_on) where reported_at is null;
