-- API.md: 5 failed attempts within 15 minutes lock the account. V2 counted failures in a window that
-- started at the first failure and restarted when it passed, so failures straddling the restart were
-- never counted together (7 in 17 seconds could pass). The times of recent failures are kept instead,
-- and the window slides: every failure counts those of the last 15 minutes.
alter table staff_account add column recent_failed_logins timestamptz[] not null default '{}';
alter table staff_account drop column failed_logins;
alter table staff_account drop column first_failed_login_at;
