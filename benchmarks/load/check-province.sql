-- The shape of the data generate-province.sql made (or any dondoc database): statuses, timeliness, the Zipf
-- of work over agencies, texts, reports, table sizes.  psql "$URL" -f benchmarks/load/check-province.sql
\pset pager off
\echo == assignments by status (and share of DONE on time / late)
select status, count(*), round(100.0 * count(*) / sum(count(*)) over (), 1) as pct,
       count(*) filter (where completed_on <= deadline) as on_time, count(*) filter (where completed_on > deadline) as late
  from assignment group by 1 order by 2 desc;
\echo == status by age of the work (years since assigned)
select floor((current_date - assigned_at::date) / 365.25)::int as years_ago, count(*),
       round(100.0 * count(*) filter (where status = 'DONE') / count(*), 1) as done_pct,
       round(100.0 * count(*) filter (where status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')) / count(*), 1) as open_pct,
       round(100.0 * count(*) filter (where status in ('DECLINED', 'SUSPENDED', 'CANCELLED')) / count(*), 1) as other_pct
  from assignment group by 1 order by 1;
\echo == timeliness as in the task list (due soon = 3 days)
select case
         when a.status = 'DONE' then
           case when a.deadline is null then case when a.standing then 'STANDING' else 'DONE_ON_TIME' end
                when coalesce(a.completed_on, current_date) > a.deadline then 'DONE_LATE' else 'DONE_ON_TIME' end
         when a.status not in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') then 'NOT_APPLICABLE'
         when a.standing then 'STANDING' when a.deadline is null then 'NO_DEADLINE'
         when current_date > a.deadline then 'OVERDUE' when a.deadline - current_date <= 3 then 'DUE_SOON'
         else 'ON_TIME' end as timeliness, count(*)
  from assignment a group by 1 order by 2 desc;
\echo == open overdue work by how late
select case when d <= 7 then '1-7 days' when d <= 30 then '8-30 days' when d <= 90 then '31-90 days'
            when d <= 365 then '91-365 days' else '> 1 year' end as overdue, count(*)
  from (select current_date - deadline as d from assignment
         where status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') and not standing and deadline < current_date) x
 group by 1 order by min(d);
\echo == work per agency: top 10, and the shares of the top 1 / 10 / 50
select g.name, count(*) as assignments, round(100.0 * count(*) / sum(count(*)) over (), 2) as pct,
       count(*) filter (where a.role = 'LEAD') as lead
  from assignment a join agency g on g.id = a.agency_id group by g.name order by 2 desc limit 10;
select count(*) as agencies_with_work, max(n) as biggest, min(n) as smallest,
       round(100.0 * sum(n) filter (where r = 1) / sum(n), 1) as top1_pct,
       round(100.0 * sum(n) filter (where r <= 10) / sum(n), 1) as top10_pct,
       round(100.0 * sum(n) filter (where r <= 50) / sum(n), 1) as top50_pct
  from (select count(*) as n, row_number() over (order by count(*) desc) as r from assignment group by agency_id) x;
\echo == tasks: kinds, assignments per task, text lengths
select count(*) as tasks, count(*) filter (where standing) as standing,
       count(*) filter (where original_deadline is null and not standing) as no_deadline,
       count(*) filter (where recurrence is not null) as recurring,
       round((select count(*) from assignment)::numeric / count(*), 2) as assignments_per_task,
       round(avg(length(content))) as avg_len, min(length(content)) as min_len,
       percentile_cont(0.5) within group (order by length(content)) as median_len,
       percentile_cont(0.95) within group (order by length(content)) as p95_len, max(length(content)) as max_len,
       round(avg(count_notice)) as tasks_per_notice
  from task, lateral (select (select count(*) from task)::numeric / greatest((select count(*) from notice), 1) as count_notice) c;
select count(*) filter (where search_text = replace(lower(unaccent(content)), 'đ', 'd') || ' ' ||
                        (select string_agg(distinct g.name_folded, ' ') from assignment a join agency g on g.id = a.agency_id
                          where a.task_id = t.id)) as search_text_consistent, count(*) as sampled
  from (select * from task order by id desc limit 2000) t;
\echo == reports and other events per assignment
select action, count(*), round(count(*)::numeric / (select count(*) from assignment), 3) as per_assignment,
       round(avg(length(text))) as avg_text
  from assignment_event group by 1 order by 2 desc;
select count(*) filter (where last_report_at is not null) as with_last_report,
       count(*) filter (where status = 'IN_PROGRESS' and last_report_at < now() - interval '3 months') as in_progress_silent_3m,
       round(avg(progress_percent) filter (where status = 'IN_PROGRESS')) as avg_progress_in_progress
  from assignment;
select status, count(*) from extension_request group by 1 order by 2 desc;
select count(*) as occurrences, count(*) filter (where reported_at is null and due_on < current_date) as missed
  from occurrence;
select exists (select 1 from information_schema.columns where table_schema = current_schema()
                 and table_name = 'assignment' and column_name = 'confidence') as has_confidence \gset
\if :has_confidence
\echo == confidence ratings of open work
select status, coalesce(confidence, '-') as confidence, count(*) from assignment
 where status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION') group by 1, 2 order by 1, 2;
\endif
\echo == table sizes (with indexes and TOAST)
select c.relname as table, c.reltuples::bigint as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as total,
       pg_size_pretty(pg_relation_size(c.oid)) as heap, pg_size_pretty(pg_indexes_size(c.oid)) as indexes
  from pg_class c
 where c.relname in ('notice', 'task', 'assignment', 'assignment_event', 'extension_request', 'occurrence')
   and c.relnamespace = current_schema()::regnamespace
 order by pg_total_relation_size(c.oid) desc;
select pg_size_pretty(pg_database_size(current_database())) as database;
