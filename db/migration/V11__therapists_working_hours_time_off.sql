-- Weekly working hours in the clinic's time zone (DOMAIN.md, Scheduling): bookings sit inside them.
create extension if not exists btree_gist;

create type clinic_time_range as range (subtype = time);

create table therapist_working_hours (
    therapist_id uuid     not null,
    day_of_week  smallint not null,
    start_time   time     not null,
    end_time     time     not null,
    constraint therapist_working_hours_therapist_fk foreign key (therapist_id) references therapist (id),
    -- ISO numbering: 1 = Monday ... 7 = Sunday
    constraint therapist_working_hours_day_known check (day_of_week between 1 and 7),
    constraint therapist_working_hours_start_before_end check (start_time < end_time),
    constraint therapist_working_hours_no_overlap exclude using gist (
        therapist_id with =, day_of_week with =, clinic_time_range(start_time, end_time) with &&)
);

-- Time off: moments, not clinic-local times, so that a holiday abroad or a half day is exact.
create table therapist_time_off (
    id           uuid primary key,
    therapist_id uuid         not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    reason       varchar(200),
    created_at   timestamptz  not null,
    constraint therapist_time_off_therapist_fk foreign key (therapist_id) references therapist (id),
    constraint therapist_time_off_start_before_end check (starts_at < ends_at)
);

-- Availability and booking ask "which time off of this therapist overlaps [from, to)?".
create index therapist_time_off_overlap_idx on therapist_time_off using gist (therapist_id, tstzrange(starts_at, ends_at));
create index therapist_name_order_idx on therapist (last_name, first_name, id);
