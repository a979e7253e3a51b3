-- Fast lists and search at 100k tasks: the folded text (VietnameseText.fold) searched with trigrams, and
-- what timeliness needs kept on the assignment so that counts are index-only scans.
alter table task add column search_text text not null default '';
update task set search_text = replace(lower(unaccent(content)), 'đ', 'd');
-- the task's agencies are searchable with it ("so tai chinh quy I")
update task t set search_text = t.search_text || ' ' || x.names
  from (select a.task_id, string_agg(distinct g.name_folded, ' ') as names
          from assignment a join agency g on g.id = a.agency_id group by a.task_id) x
 where x.task_id = t.id;
create index task_search_trgm on task using gin (search_text gin_trgm_ops);

alter table assignment add column standing boolean not null default false;
update assignment a set standing = t.standing from task t where t.id = a.task_id and t.standing;
drop index assignment_agency_status_idx;
create index assignment_agency_idx on assignment (agency_id, status, deadline)
    include (completed_on, standing, task_id, role);
