-- Licensed physical therapists. Never deleted: appointments and clinical records name them.
create table therapist (
    id             uuid primary key,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    license_number varchar(100) not null,
    email          varchar(200),
    phone          varchar(200),
    active         boolean      not null default true,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    constraint therapist_license_number_unique unique (license_number),
    constraint therapist_names_not_blank check (btrim(first_name) <> '' and btrim(last_name) <> '' and btrim(license_number) <> '')
);
