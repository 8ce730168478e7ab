-- API.md, Authentication: failed sign-ins are slowed per client address, per account and address, and per
-- account, and nobody can lock a colleague out. The account lockout (anyone could impose it on anyone by
-- guessing five times) goes; failures are kept as rows so every instance on this database counts them.
alter table staff_account drop column locked_until;
alter table staff_account drop column recent_failed_logins;

-- One row per sign-in that reached the password check and did not succeed (a row is written before the
-- check and removed when the password was right). Keyed by the attempted username, lower-cased, whether
-- or not such an account exists: an unknown name is throttled exactly like a real one, so a 429 never
-- tells which names exist. Rows older than the longest window are deleted regularly.
create table sign_in_failure (
    id       bigint generated always as identity primary key,
    at       timestamptz  not null,
    address  inet         not null,
    username varchar(100) not null
);
create index sign_in_failure_address_at_idx on sign_in_failure (address, at);
create index sign_in_failure_username_at_idx on sign_in_failure (username, at);
create index sign_in_failure_username_address_at_idx on sign_in_failure (username, address, at);

-- Addresses that signed in to an account successfully: while an account is under attack from many
-- addresses only these may still try it.
create table sign_in_known_address (
    username        varchar(100) not null,
    address         inet         not null,
    last_success_at timestamptz  not null,
    constraint sign_in_known_address_pk primary key (username, address)
);

-- One audit line per throttled address and account and window: the first throttled attempt of a window
-- inserts its row here and writes the line; the next ones find the row and write nothing.
create table sign_in_throttle_notice (
    rule     varchar(20)  not null,
    address  inet         not null,
    username varchar(100) not null,
    until    timestamptz  not null,
    constraint sign_in_throttle_notice_pk primary key (rule, address, username, until)
);
create index sign_in_throttle_notice_until_idx on sign_in_throttle_notice (until);

-- API.md: changing a password, or deactivating or re-roling an account, ends every token issued before.
-- Tokens carry the generation they were issued in; these changes count it up.
alter table staff_account add column token_generation bigint not null default 0;

-- API.md: usernames are 3..50 of a-z 0-9 . _ - (upper-case letters folded to lower case). Names that only
-- differ by case from a valid one are folded; any other name makes this migration fail, by the
-- constraint's name, for an operator to rename.
update staff_account set username = lower(username)
 where username <> lower(username) and username ~ '^[A-Za-z0-9._-]{3,50}$';
alter table staff_account add constraint staff_account_username_format check (username ~ '^[a-z0-9._-]{3,50}$');
alter table staff_account drop constraint staff_account_username_not_blank;

-- API.md: a therapist has at most one active THERAPIST account.
create unique index staff_account_one_active_per_therapist on staff_account (therapist_id)
    where active and role = 'THERAPIST';
