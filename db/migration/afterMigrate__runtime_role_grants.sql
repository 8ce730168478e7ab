-- What the service's runtime role may do (API.md, Operations). Flyway runs this callback as the owner after
-- every migrate, whether or not a migration was pending, so tables and views of every migration (versioned or
-- repeatable, in any version band) are covered without default privileges. It is not a versioned migration:
-- it holds the grants as they are now, and a change to them is a change here.
--
-- The runtime_role placeholder is the DataSource's user (RuntimeRolePlaceholder). When Flyway migrates as that
-- same role (one role does both, no SPRING_FLYWAY_USER) there is nothing to grant: the service warns at start.
--
-- The runtime role reads every table and view and appends to every table; it changes or removes rows only
-- where listed below. Nothing here ever grants UPDATE, DELETE or TRUNCATE on the audit trail, on signed-note
-- addenda, dose or status history, protocol versions or any other append-only table, and the role owns
-- nothing, so it can neither alter, disable triggers on, grant on, nor drop a table.
do $grants$
declare
    runtime constant text := '${runtime_role}';
    schema  constant text := '${flyway:defaultSchema}';
    history constant text := '${flyway:table}';
    relation record;
    change record;
    columns text;
begin
    if runtime = '' or runtime = current_user then
        return;
    end if;
    if not exists (select from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % does not exist: create it (LOGIN, owning nothing) before migrating',
            runtime;
    end if;

    execute format('revoke all on all tables in schema %I from %I', schema, runtime);
    execute format('revoke all on all sequences in schema %I from %I', schema, runtime);
    execute format('grant usage on schema %I to %I', schema, runtime);

    for relation in
        select c.relname, c.relkind
          from pg_class c
         where c.relnamespace = (select n.oid from pg_namespace n where n.nspname = schema)
           and c.relkind in ('r', 'p', 'v', 'm')
           and c.relname <> history
    loop
        execute format('grant select on %I.%I to %I', schema, relation.relname, runtime);
        if relation.relkind in ('r', 'p') then
            execute format('grant insert on %I.%I to %I', schema, relation.relname, runtime);
        end if;
    end loop;

    -- Identity columns need no grant; a serial column's sequence needs USAGE for nextval.
    execute format('grant usage on all sequences in schema %I to %I', schema, runtime);

    -- Rows the service changes or removes (grep the repositories and the trigger functions before adding one).
    -- A column list limits UPDATE to those columns. A table named here that a later migration creates, or a
    -- column it adds, gets its grant from then on.
    for change in
        select * from (values
            ('appointment',                'UPDATE', null::text[]),
            ('appointment_idempotency_key', 'DELETE', null),      -- expired keys are swept
            ('billing_allowed_amount',     'DELETE', null),      -- a year's amounts are replaced whole
            ('billing_configuration',      'UPDATE', null),      -- a year's thresholds are set again
            ('episode_document',           'UPDATE', null),      -- drafts, signing; a trigger refuses signed ones
            ('episode_document_goal_status', 'DELETE', null),    -- a draft's parts are replaced, a signed one's not
            ('episode_document_outcome',   'DELETE', null),
            ('kx_ledger',                  'UPDATE', null),      -- priorYtdAllowed is set again
            ('ncci_pair',                  'DELETE', null),      -- the pair table is replaced whole
            ('patient',                    'UPDATE', null),      -- deactivated, never deleted (V49)
            ('prescription',               'UPDATE', null),      -- dose changes, stop; dose history is append-only
            ('protocol',                   'UPDATE', null),      -- current version; versions are immutable
            ('screening',                  'UPDATE', null),      -- physician clearance
            ('scheduled_job',              'UPDATE', array['last_run_at']),  -- a run claims its period
            ('staff_account',              'UPDATE', null),
            ('therapist',                  'UPDATE', null),
            ('therapist_time_off',         'UPDATE', null),      -- cancelled, never deleted
            ('therapist_working_hours',    'DELETE', null),      -- a working week is replaced whole
            ('treatment_plan',             'UPDATE', null),      -- status moves: triggers guard, history records
            ('treatment_plan_goal',        'UPDATE', array['description', 'target_date', 'measure_kind',  -- never its id
                                                           'measure_instrument', 'measure_activity_name',
                                                           'measure_unit', 'measure_baseline', 'measure_target',
                                                           'measure_comparator', 'status', 'status_on']),
            ('visit_note',                 'UPDATE', null),      -- drafts, signing; a trigger refuses signed notes
            ('visit_note_exercise',        'DELETE', null),      -- a draft's parts are replaced, a signed one's not
            ('visit_note_manual_therapy',  'DELETE', null),
            ('visit_note_service',         'DELETE', null),      -- a draft's service lines are replaced
            ('outcome_measure',            'UPDATE', array['entered_in_error_at', 'entered_in_error_by',
                                                           'entered_in_error_reason']),
            ('sign_in_failure',            'DELETE', null),
            ('sign_in_known_address',      'UPDATE', null),
            ('sign_in_known_address',      'DELETE', null),
            ('sign_in_throttle_notice',    'DELETE', null),
            ('spring_session',             'UPDATE', null),      -- the pages' sessions: last access, expiry
            ('spring_session',             'DELETE', null),      -- sign-out, expiry
            ('spring_session_attributes',  'UPDATE', null),
            ('spring_session_attributes',  'DELETE', null)
        ) as granted (table_name, privilege, column_names)
    loop
        continue when to_regclass(format('%I.%I', schema, change.table_name)) is null;
        if change.column_names is null then
            execute format('grant %s on %I.%I to %I', change.privilege, schema, change.table_name, runtime);
        else
            select string_agg(quote_ident(a.attname), ', ')
              into columns
              from pg_attribute a
             where a.attrelid = format('%I.%I', schema, change.table_name)::regclass
               and a.attname = any (change.column_names)
               and not a.attisdropped;
            continue when columns is null;
            execute format('grant %s (%s) on %I.%I to %I', change.privilege, columns, schema, change.table_name,
                           runtime);
        end if;
    end loop;
end
$grants$;
