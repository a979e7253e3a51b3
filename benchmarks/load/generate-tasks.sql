-- Generates :n tasks (default 100000) for load tests, spread over the first 150 agencies of the directory
-- (groups excluded), each with one lead and 0-2 supporting assignments, in every state and with deadlines
-- from a year ago to a year ahead. Run with psql against a dondoc database:
--   psql "$URL" -v n=100000 -f benchmarks/load/generate-tasks.sql
\if :{?n}
\else
  \set n 100000
\endif
begin;
create temp table load_agency as
  select row_number() over (order by id) as k, id from agency where not is_group and active order by id limit 150;
insert into task (ref, content, deadline_text, original_deadline, standing, search_text)
select (g % 9 + 1)::text || '.' || chr(97 + g % 8),
       'Nhiệm vụ thử tải số ' || g || ': ' ||
       (array['rà soát', 'xây dựng kế hoạch', 'triển khai', 'báo cáo kết quả', 'hoàn thiện cơ sở dữ liệu'])[1 + g % 5] || ' ' ||
       (array['chuyển đổi số', 'đổi mới sáng tạo', 'hạ tầng số', 'dữ liệu dân cư', 'kinh phí khoa học'])[1 + (g / 5) % 5] ||
       ' năm ' || (2025 + g % 3),
       'trước ngày ' || to_char(current_date + ((g % 730) - 365), 'DD/MM/YYYY'),
       case when g % 11 = 0 then null else current_date + ((g % 730) - 365) end,
       g % 37 = 0,
       ''
  from generate_series(1, :n) g;
update task set search_text = replace(lower(unaccent(content)), 'đ', 'd') where search_text = '';
insert into assignment (task_id, agency_id, role, status, deadline, completed_on, progress_percent, standing)
select t.id, a.id, 'LEAD',
       (array['ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'AWAITING_CONFIRMATION', 'DONE', 'DONE', 'DECLINED',
              'SUSPENDED'])[1 + (t.id % 8)],
       t.original_deadline,
       case when t.id % 8 in (4, 5) and t.original_deadline is not null then t.original_deadline + ((t.id % 7) - 3)::int end,
       (t.id * 7) % 101, t.standing
  from task t join load_agency a on a.k = 1 + (t.id % 150)
 where t.content like 'Nhiệm vụ thử tải%';
insert into assignment (task_id, agency_id, role, status, deadline, standing)
select t.id, a.id, 'SUPPORT', 'IN_PROGRESS', t.original_deadline, t.standing
  from task t join load_agency a on a.k = 1 + ((t.id * 13) % 150)
 where t.content like 'Nhiệm vụ thử tải%' and t.id % 3 <> 0
on conflict do nothing;
update task t set search_text = t.search_text || ' ' || x.names
  from (select a.task_id, string_agg(distinct g.name_folded, ' ') as names
          from assignment a join agency g on g.id = a.agency_id group by a.task_id) x
 where x.task_id = t.id and t.content like 'Nhiệm vụ thử tải%';
commit;
vacuum analyze task;
vacuum analyze assignment;
select count(*) as tasks from task;
select count(*) as assignments from assignment;
