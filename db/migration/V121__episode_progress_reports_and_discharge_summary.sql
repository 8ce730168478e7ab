-- Progress reports (EPISODE.md R9) and the discharge summary (R11): the episode's documents. Both go DRAFT →
-- SIGNED, then change only by addenda; both record the status each ACTIVE goal takes and the outcome measures
-- they rest on. One table holds both kinds, so the signing rules live once.

create table episode_document (
    id               uuid           primary key,
    plan_id          uuid           not null,
    kind             varchar(20)    not null,
    -- A progress report's periodEnd, the discharge summary's dischargeDate: the last day the document covers.
    through_date     date           not null,
    -- The first day of the period a signed progress report closes (fixed at signing).
    period_start     date,
    -- The discharge summary's reason.
    reason           varchar(30),
    -- A progress report's "plan", the discharge summary's "text".
    body             varchar(20000) not null,
    status           varchar(10)    not null default 'DRAFT',
    author_id        uuid           not null,
    created_at       timestamptz    not null,
    signed_at        timestamptz,
    -- The discharge summary freezes the home program of its discharge date when signed (R11).
    home_program_at_discharge jsonb,
    version          integer        not null default 0,
    constraint episode_document_kind_known check (kind in ('PROGRESS_REPORT', 'DISCHARGE_SUMMARY')),
    constraint episode_document_status_known check (status in ('DRAFT', 'SIGNED')),
    constraint episode_document_signed_when_signed check ((status = 'SIGNED') = (signed_at is not null)),
    constraint episode_document_reason_of_a_discharge
        check ((kind = 'DISCHARGE_SUMMARY') = (reason is not null)
           and (reason is null or reason in ('GOALS_MET', 'PLATEAU', 'PATIENT_SELF_DISCHARGED',
                                             'REFERRED_TO_PHYSICIAN', 'RED_FLAG', 'OTHER'))),
    constraint episode_document_period_start_when_signed_report
        check ((kind = 'PROGRESS_REPORT' and status = 'SIGNED') = (period_start is not null)),
    constraint episode_document_period_start_not_after_end check (period_start <= through_date),
    constraint episode_document_home_program_of_a_signed_discharge
        check ((home_program_at_discharge is not null) = (kind = 'DISCHARGE_SUMMARY' and status = 'SIGNED'))
);

-- R11: one discharge summary per plan (409 discharge-summary-exists).
create unique index episode_document_one_discharge_summary on episode_document (plan_id)
    where kind = 'DISCHARGE_SUMMARY';
create index episode_document_plan_idx on episode_document (plan_id, kind, through_date);

create table episode_document_goal_status (
    document_id uuid          not null references episode_document (id),
    goal_id     varchar(10)   not null,
    status      varchar(20)   not null,
    current     numeric(10, 2),
    constraint episode_document_goal_status_pk primary key (document_id, goal_id),
    constraint episode_document_goal_status_known
        check (status in ('ACTIVE', 'MET', 'PARTIALLY_MET', 'NOT_MET', 'DISCONTINUED'))
);

create table episode_document_outcome (
    document_id        uuid not null references episode_document (id),
    outcome_measure_id uuid not null,
    constraint episode_document_outcome_pk primary key (document_id, outcome_measure_id)
);

create table episode_document_addendum (
    id          uuid           primary key,
    document_id uuid           not null references episode_document (id),
    text        varchar(10000) not null,
    author_id   uuid           not null,
    added_at    timestamptz    not null,
    constraint episode_document_addendum_text_not_blank check (btrim(text) <> '')
);

create index episode_document_addendum_document_idx on episode_document_addendum (document_id, added_at);

-- A signed document never changes (addenda are rows of their own), and never loses its signature; nothing is
-- deleted. Its goal statuses and outcomes are fixed with it.
create function episode_document_refuse_change_once_signed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.status = 'SIGNED' then
        raise exception 'a signed episode document changes only by addenda'
            using errcode = 'check_violation', constraint = 'episode_document_signed_unchanged';
    end if;
    return new;
end
$$;

create trigger episode_document_signed_unchanged
    before update or delete on episode_document
    for each row execute function episode_document_refuse_change_once_signed();

create function episode_document_part_refuse_change_once_signed() returns trigger
    language plpgsql as
$$
declare
    document uuid := case when tg_op = 'INSERT' then new.document_id else old.document_id end;
begin
    if exists (select 1 from episode_document where id = document and status = 'SIGNED') then
        raise exception 'a signed episode document changes only by addenda'
            using errcode = 'check_violation', constraint = 'episode_document_signed_unchanged';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger episode_document_goal_status_signed_unchanged
    before insert or update or delete on episode_document_goal_status
    for each row execute function episode_document_part_refuse_change_once_signed();

create trigger episode_document_outcome_signed_unchanged
    before insert or update or delete on episode_document_outcome
    for each row execute function episode_document_part_refuse_change_once_signed();

create function episode_document_addendum_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'addenda are append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger episode_document_addendum_append_only
    before update or delete on episode_document_addendum
    for each row execute function episode_document_addendum_refuse_change();

-- Addenda only to a signed document.
create function episode_document_addendum_refuse_draft() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from episode_document where id = new.document_id and status = 'SIGNED' for share) then
        raise exception 'addenda are added to signed documents only'
            using errcode = 'check_violation', constraint = 'episode_document_addendum_signed_document';
    end if;
    return new;
end
$$;

create trigger episode_document_addendum_signed_document
    before insert on episode_document_addendum
    for each row execute function episode_document_addendum_refuse_draft();
