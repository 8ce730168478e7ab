-- The duplicate guard compared names with lower() only, so "Okoye" and "Okoye" followed by a zero-width
-- space, or "Grace" with a no-break space, were two patients that look the same on every screen; a
-- patient with an urgent red flag could be registered again and treated on the second record. Names
-- may no longer hold control characters or invisible formatting characters (soft hyphen, zero-width
-- spaces and joiners, bidirectional controls, byte-order mark), and the guard compares names with every
-- kind of space as one plain space.

-- A name as the duplicate guard compares it: lower case, every run of spaces of any kind one space.
create function patient_identity_name(name text) returns text
    language sql immutable parallel safe strict
return lower(btrim(regexp_replace(name, '[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+', ' ', 'g')));

-- NOT VALID: enforced for every new name and every change from now on; a name already stored is left as
-- it is (a clinic with one finds it with the same expression and corrects it).
alter table patient
    add constraint patient_names_visible
        check (first_name !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]'
           and last_name !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]')
        not valid;

drop index patient_no_active_duplicate;
create unique index patient_no_active_duplicate
    on patient (patient_identity_name(first_name), patient_identity_name(last_name), date_of_birth)
    where active;
