-- Uploaded notices: the original file (kept in the database, so a row and its file commit together),
-- the extraction run's status and progress, and the extracted header and tasks awaiting review.
create table notice (
    id              bigserial primary key,
    status          varchar(20)  not null check (status in ('PROCESSING', 'REVIEW', 'ISSUED', 'FAILED')),
    file_name       varchar(300) not null,
    media_type      varchar(120),
    file_size       bigint       not null,
    file_sha256     char(64)     not null,
    progress_done   integer      not null default 0,
    progress_total  integer      not null default 0,
    error           text,
    ocr             boolean      not null default false,
    number          varchar(100),
    issuer          varchar(300),
    issued_date     date,
    meeting_date    date,
    chair           varchar(200),
    title           text,
    task_count      integer,
    extraction      jsonb,
    duplicate_of    bigint references notice (id),
    uploaded_by     bigint references app_user (id),
    uploaded_at     timestamptz  not null default now(),
    extracted_at    timestamptz,
    version         integer      not null default 0
);
create index notice_sha_idx on notice (file_sha256);
create index notice_number_idx on notice (lower(number)) where number is not null;
create index notice_uploaded_idx on notice (uploaded_at desc);

create table notice_file (
    notice_id  bigint primary key references notice (id) on delete cascade,
    content    bytea  not null,
    text       text
);
