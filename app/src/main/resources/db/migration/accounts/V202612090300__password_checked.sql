-- Whether the password is known not to be the published demo password: set outside demo mode (where the demo
-- password is refused) or by the check at a non-demo start. Existing accounts are checked once.
alter table app_user add column password_checked boolean not null default false;
