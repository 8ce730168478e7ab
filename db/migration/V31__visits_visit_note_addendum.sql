-- Addenda (DOMAIN.md: corrections to a signed note are addenda, kept with author and time).
-- Append-only: PostgreSQL refuses UPDATE, DELETE and TRUNCATE, and an addendum to a draft
-- (a draft is simply edited).
create table visit_note_addendum (
    id                  uuid           primary key,
    visit_note_id       uuid           not null,
    text                varchar(10000) not null,
    author_user_id      uuid           not null,
    author_username     varchar(100)   not null,
    author_therapist_id uuid           not null,
    created_at          timestamptz    not null,
    constraint visit_note_addendum_note_fk foreign key (visit_note_id) references visit_note (id),
    constraint visit_note_addendum_author_fk foreign key (author_user_id) references staff_account (id),
    constraint visit_note_addendum_therapist_fk foreign key (author_therapist_id) references therapist (id),
    constraint visit_note_addendum_text_not_blank check (btrim(text) <> '')
);

create index visit_note_addendum_note_idx on visit_note_addendum (visit_note_id, created_at);
create index visit_note_addendum_author_idx on visit_note_addendum (author_user_id);
create index visit_note_addendum_therapist_idx on visit_note_addendum (author_therapist_id);

create function visit_note_addendum_guard() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'INSERT' then
        raise exception 'visit note addenda are append-only'
            using errcode = 'check_violation', constraint = 'visit_note_addendum_append_only';
    end if;
    if not exists (select 1 from visit_note where id = new.visit_note_id and status = 'SIGNED') then
        raise exception 'addenda are added to signed notes only'
            using errcode = 'check_violation', constraint = 'visit_note_addendum_to_signed_note';
    end if;
    return new;
end
$$;

create trigger visit_note_addendum_append_only
    before insert or update or delete on visit_note_addendum
    for each row execute function visit_note_addendum_guard();
create trigger visit_note_addendum_no_truncate before truncate on visit_note_addendum
    for each statement execute function visit_note_refuse_truncate();
