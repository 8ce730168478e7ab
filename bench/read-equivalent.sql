-- pgbench script: the SQL one GET /api/v1/patients/{id} sends, without the service around it:
-- the signed-in account's check, then the read and its audit line in one transaction.
\set n random(1, 100000)
select * from staff_account where id = '00000000-0000-4000-9000-000000000001';
begin;
select * from patient where id = ('00000000-0000-4000-b000-' || lpad(:n::text, 12, '0'))::uuid;
insert into audit_event (at, user_id, username, role, action, resource_type, resource_id, patient_id, outcome)
values (now(), '00000000-0000-4000-9000-000000000001', 'bench-admin', 'ADMIN', 'READ', 'patient',
        '00000000-0000-4000-b000-' || lpad(:n::text, 12, '0'),
        ('00000000-0000-4000-b000-' || lpad(:n::text, 12, '0'))::uuid, 'ALLOWED');
commit;
