-- Confidence rating (DOMAIN.md): every progress or completion report carries the agency's forecast of meeting the
-- deadline. The report's own rating stays on its event; the assignment keeps the latest one for lists and the
-- dashboard ("có nguy cơ chậm": open, not yet overdue, latest rating AMBER or RED).
alter table assignment_event add column confidence varchar(5) check (confidence in ('GREEN', 'AMBER', 'RED'));
alter table assignment_event add column confidence_note text;
alter table assignment add column confidence varchar(5) check (confidence in ('GREEN', 'AMBER', 'RED'));
alter table assignment add column confidence_note text;
alter table assignment add column confidence_at timestamptz;
create index assignment_risk_idx on assignment (agency_id) where confidence in ('AMBER', 'RED')
    and status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION');
