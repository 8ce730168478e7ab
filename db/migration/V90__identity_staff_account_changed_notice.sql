-- docs/architecture.md, Signed-in account cache: every instance keeps the accounts it has seen sign in and
-- forgets one as soon as it changes. Every change to a staff account, by the service or by hand, sends the
-- account's id on the channel staff_account_changed; PostgreSQL delivers it to every listening instance when
-- the change commits, and never for a change that rolls back. A TRUNCATE sends '*': every account.
create function staff_account_notify_change() returns trigger
    language plpgsql as
$$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('staff_account_changed', '*');
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform pg_notify('staff_account_changed', old.id::text);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('staff_account_changed', new.id::text);  -- the same id twice is sent once
    end if;
    return null;
end
$$;

create trigger staff_account_changed
    after insert or update or delete on staff_account
    for each row execute function staff_account_notify_change();

create trigger staff_account_truncated
    after truncate on staff_account
    for each statement execute function staff_account_notify_change();
