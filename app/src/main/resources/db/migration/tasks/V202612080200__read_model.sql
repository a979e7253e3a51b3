-- The tasks module's read model (see tasks/package-info.java): what other modules may read of assignments.
--
-- 1. timeliness_of(...): the timeliness rule (TimelinessRule in Java) written once in SQL. A plain SQL expression
--    function, inlined by the planner, so lists and counts cost what the CASE itself costs.
create function timeliness_of(status varchar, deadline date, standing boolean, completed_on date, today date,
                              due_soon integer) returns text
    language sql immutable parallel safe as $$
select case
         when status = 'DONE' then
           case when deadline is null then case when standing then 'STANDING' else 'DONE_ON_TIME' end
                when coalesce(completed_on, today) > deadline then 'DONE_LATE'
                else 'DONE_ON_TIME' end
         when status not in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') then 'NOT_APPLICABLE'
         when standing then 'STANDING'
         when deadline is null then 'NO_DEADLINE'
         when today > deadline then 'OVERDUE'
         when deadline - today <= due_soon then 'DUE_SOON'
         else 'ON_TIME'
       end
$$;

-- 2. assignment_facts(today, due_soon): one row per assignment with its task's fields and its timeliness judged on
--    `today`. Reporting, reminders and the dashboard read assignments through it instead of joining the tasks
--    module's tables. An inlinable SQL function: filters on its columns reach the tables' indexes, and columns a
--    query does not name (the subqueries below) are never computed.
create function assignment_facts(today date, due_soon integer)
    returns table (id bigint, task_id bigint, notice_id bigint, source text, notice_issued_on date, ref varchar,
                   content text, agency_id bigint, role varchar, status varchar, deadline date,
                   original_deadline date, deadline_text text, recurrence varchar, standing boolean, product varchar,
                   completed_on date, progress_percent integer, last_report_at timestamptz, assigned_at timestamptz,
                   assigned_on date, confidence varchar, confidence_note text, confidence_at timestamptz,
                   timeliness text, days_overdue integer, at_risk boolean, search_vector tsvector,
                   awaiting_since timestamptz, latest_report_text text, latest_report_on date,
                   pending_extension boolean)
    language sql stable as $$
select a.id, a.task_id, t.notice_id, coalesce(n.number, t.source)::text, n.issued_date, t.ref, t.content, a.agency_id,
       a.role, a.status, a.deadline, t.original_deadline, t.deadline_text, t.recurrence, a.standing, t.product,
       a.completed_on, a.progress_percent, a.last_report_at, a.assigned_at,
       (a.assigned_at at time zone 'Asia/Ho_Chi_Minh')::date, a.confidence, a.confidence_note, a.confidence_at,
       timeliness_of(a.status, a.deadline, a.standing, a.completed_on, today, due_soon),
       case when a.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') and today > a.deadline
            then today - a.deadline else 0 end,
       coalesce(a.confidence in ('AMBER', 'RED'), false)
            and timeliness_of(a.status, a.deadline, a.standing, a.completed_on, today, due_soon)
                in ('ON_TIME', 'DUE_SOON', 'NO_DEADLINE', 'STANDING'),
       t.search_vector,
       (select max(e.created_at) from assignment_event e
         where e.assignment_id = a.id and e.to_status = 'AWAITING_CONFIRMATION'),
       (select e.text from assignment_event e
         where e.assignment_id = a.id and e.action in ('REPORT_PROGRESS', 'REPORT_COMPLETION')
         order by e.created_at desc, e.id desc limit 1),
       (select (e.created_at at time zone 'Asia/Ho_Chi_Minh')::date from assignment_event e
         where e.assignment_id = a.id and e.action in ('REPORT_PROGRESS', 'REPORT_COMPLETION')
         order by e.created_at desc, e.id desc limit 1),
       exists (select 1 from extension_request r where r.assignment_id = a.id and r.status = 'PENDING')
  from assignment a
  join task t on t.id = a.task_id
  left join notice n on n.id = t.notice_id
$$;

-- Reporting periods of recurring assignments and extension requests, as other modules may read them.
create view occurrence_facts as
select o.id, o.assignment_id, o.seq, o.period_start, o.due_on, o.reported_at from occurrence o;
create view extension_facts as
select r.id, r.assignment_id, r.status, r.current_deadline, r.requested_deadline, r.requested_at, r.decided_at
  from extension_request r;

-- 3. task_generation: a number that grows whenever a transaction that changed tasks or assignments commits. Counts
--    and dashboard figures are cached under it (TaskFigureCache): a figure read under generation g is current
--    until g moves. Deferred triggers bump it at commit, once per transaction, after every other lock is taken.
create table task_generation (
    id  boolean primary key default true check (id),
    n   bigint  not null
);
insert into task_generation values (true, 0);

create function bump_task_generation() returns trigger language plpgsql as $$
begin
    if current_setting('dondoc.task_generation_bumped', true) = 'y' then
        return null;
    end if;
    perform set_config('dondoc.task_generation_bumped', 'y', true);
    update task_generation set n = n + 1;
    return null;
end
$$;
create constraint trigger assignment_generation after insert or update or delete on assignment
    deferrable initially deferred for each row execute function bump_task_generation();
create constraint trigger task_generation after insert or update or delete on task
    deferrable initially deferred for each row execute function bump_task_generation();

-- Completions per period (dashboard trend, scorecard): done work by completion day.
create index assignment_completed_idx on assignment (completed_on) include (agency_id, deadline, standing)
    where status = 'DONE';
