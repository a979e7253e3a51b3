-- Word-prefix full-text search over the folded texts (simple configuration, GIN): an agency's search checks a
-- precomputed vector per row instead of scanning long texts, and the province's search uses the index.
alter table task add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored;
create index task_search_fts on task using gin (search_vector);
alter table assignment_event add column search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(search_text, ''))) stored;
create index event_search_fts on assignment_event using gin (search_vector) where search_text is not null;
alter table task_comment add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored;
create index comment_search_fts on task_comment using gin (search_vector);
