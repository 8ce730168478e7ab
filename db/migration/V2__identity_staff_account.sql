-- Staff who sign in. Passwords are stored only as adaptive (bcrypt) hashes.
create table staff_account (
    id                    uuid primary key,
    username              varchar(100) not null,
    password_hash         varchar(200) not null,
    role                  varchar(20)  not null,
    therapist_id          uuid,
    active                boolean      not null default true,
    failed_logins         integer      not null default 0,
    first_failed_login_at timestamptz,
    locked_until          timestamptz,
    version               bigint       not null default 0,
    created_at            timestamptz  not null,
    constraint staff_account_role_known check (role in ('ADMIN', 'THERAPIST', 'FRONT_DESK')),
    constraint staff_account_therapist_named check (role <> 'THERAPIST' or therapist_id is not null),
    constraint staff_account_username_not_blank check (btrim(username) <> ''),
    constraint staff_account_therapist_fk foreign key (therapist_id) references therapist (id)
);

-- Usernames are unique whatever their case: "Ana" and "ana" are the same person signing in.
create unique index staff_account_username_unique on staff_account (lower(username));
create index staff_account_therapist_idx on staff_account (therapist_id);
