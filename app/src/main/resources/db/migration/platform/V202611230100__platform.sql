-- Extensions used for search and matching; available on the embedded and on Debian's PostgreSQL.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
