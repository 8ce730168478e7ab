-- Patients and their demographics (not clinical data). Archived, never deleted.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create table patient (
    id                      uuid primary key,
    first_name              varchar(100) not null,
    last_name               varchar(100) not null,
    date_of_birth           date         not null,
    sex                     varchar(10),
    phone                   varchar(200),
    email                   varchar(200),
    address_line            varchar(200),
    city                    varchar(200),
    postal_code             varchar(200),
    emergency_contact_name  varchar(100),
    emergency_contact_phone varchar(200),
    active                  boolean      not null default true,
    version                 bigint       not null default 0,
    created_at              timestamptz  not null,
    constraint patient_sex_known check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    constraint patient_names_not_blank check (btrim(first_name) <> '' and btrim(last_name) <> ''),
    constraint patient_date_of_birth_plausible check (date_of_birth >= date '1880-01-01')
);

-- API.md: same first and last name (ignoring case) and date of birth as an active patient is a duplicate.
create unique index patient_no_active_duplicate
    on patient (lower(first_name), lower(last_name), date_of_birth) where active;
create index patient_created_at_idx on patient (created_at);
