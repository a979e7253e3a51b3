-- Generated reports (progress report, agency scorecard): parameters, progress of the background job and
-- the finished file, kept in the database so a report row and its file commit together.
create table report (
    id                  bigserial primary key,
    kind                varchar(20)  not null check (kind in ('PROGRESS', 'SCORECARD')),
    format              varchar(10)  not null check (format in ('DOCX', 'XLSX', 'PDF')),
    period_from         date         not null,
    period_to           date         not null,
    scope_type          varchar(10)  not null check (scope_type in ('ALL', 'NOTICE', 'AGENCY')),
    scope_id            bigint,
    scope_label         text         not null,
    status              varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress            integer      not null default 0 check (progress between 0 and 100),
    error               text,
    scheduled           boolean      not null default false,
    requested_by        bigint       references app_user (id),
    created_at          timestamptz  not null,
    started_at          timestamptz,
    finished_at         timestamptz,
    file_name           varchar(200),
    media_type          varchar(120),
    file_size           bigint,
    row_count           integer,
    elapsed_ms          bigint
);
create index report_created_idx on report (created_at desc);
create index report_scope_idx on report (scope_type, scope_id);

create table report_file (
    report_id  bigint primary key references report (id) on delete cascade,
    content    bytea  not null
);
