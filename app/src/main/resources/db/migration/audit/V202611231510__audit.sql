-- The append-only change log: who changed what, when, before → after. Rows are never updated or deleted.
create table audit_entry (
    id           bigserial primary key,
    at           timestamptz  not null,
    actor_id     bigint,
    actor_name   varchar(200),
    entity       varchar(40)  not null,
    entity_id    bigint,
    task_id      bigint,
    agency_id    bigint,
    notice_id    bigint,
    action       varchar(40)  not null,
    summary      text         not null,
    before_value jsonb,
    after_value  jsonb
);
create index audit_at_idx on audit_entry (at desc, id desc);
create index audit_task_idx on audit_entry (task_id, at) where task_id is not null;
create index audit_actor_idx on audit_entry (actor_id, at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_change before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_append_only();
