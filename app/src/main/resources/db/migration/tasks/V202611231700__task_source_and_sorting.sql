-- Where a task came from when it has no uploaded notice (Excel import: the notice number or document
-- written in the file), shown in lists and exports beside the notice number.
alter table task add column source varchar(300);

-- Sorting the task list at 100k tasks: each order has an index the first pages (and the id-first deep
-- pages) can walk instead of sorting every assignment.
create index assignment_deadline_sort_idx on assignment (deadline, id);
create index assignment_deadline_desc_sort_idx on assignment (deadline desc nulls last, id desc);
create index assignment_agency_deadline_idx on assignment (agency_id, deadline, id);
create index agency_name_sort_idx on agency (name_folded, id);
create index task_notice_sort_idx on task (notice_id desc nulls last, source, ref, id);
