-- Evidence files of reports, extension requests, comments, officers' drafts awaiting the head, sent-back flag,
-- reassignment of declined work. Files live in the database so a report and its evidence commit together.
create table evidence_file (
    id             bigserial primary key,
    assignment_id  bigint       not null references assignment (id) on delete cascade,
    event_id       bigint       references assignment_event (id),
    file_name      varchar(255) not null,
    media_type     varchar(120) not null,
    file_size      bigint       not null,
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_by    bigint       references app_user (id),
    uploaded_at    timestamptz  not null
);
create index evidence_assignment_idx on evidence_file (assignment_id);
create index evidence_event_idx on evidence_file (event_id);

create table extension_request (
    id                  bigserial primary key,
    assignment_id       bigint       not null references assignment (id) on delete cascade,
    current_deadline    date,
    requested_deadline  date         not null,
    reason              text         not null,
    status              varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by        bigint       references app_user (id),
    requested_at        timestamptz  not null,
    decided_by          bigint       references app_user (id),
    decided_at          timestamptz,
    decision_note       text,
    version             integer      not null default 0
);
-- one open request per assignment
create unique index extension_one_pending on extension_request (assignment_id) where status = 'PENDING';
create index extension_status_idx on extension_request (status, requested_at);

create table task_comment (
    id             bigserial primary key,
    task_id        bigint       not null references task (id) on delete cascade,
    assignment_id  bigint       references assignment (id) on delete cascade,
    author_id      bigint       references app_user (id),
    text           text         not null,
    search_text    text         not null,
    created_at     timestamptz  not null
);
create index comment_task_idx on task_comment (task_id, created_at);
create index comment_search_trgm on task_comment using gin (search_text gin_trgm_ops);

alter table assignment_event add column draft_status varchar(10) check (draft_status in ('PENDING', 'SUBMITTED', 'DISCARDED'));
alter table assignment_event add column old_deadline date;
alter table assignment_event add column new_deadline date;
alter table assignment_event add column search_text text;
create index event_search_trgm on assignment_event using gin (search_text gin_trgm_ops) where search_text is not null;
create index event_pending_draft_idx on assignment_event (assignment_id) where draft_status = 'PENDING';

alter table assignment add column sent_back boolean not null default false;
alter table assignment add column replaced_by bigint references assignment (id);
