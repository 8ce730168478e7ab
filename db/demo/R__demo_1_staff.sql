-- Demo staff (README lists them). Every demo account's password is: ilium-demo-password
insert into therapist (id, first_name, last_name, license_number, email, phone)
values ('00000000-0000-4000-8000-000000000101', 'Maya', 'Okafor', 'PT-CA-100101', 'maya.okafor@ilium.example', '+1 415 555 0101'),
       ('00000000-0000-4000-8000-000000000102', 'Daniel', 'Reyes', 'PT-CA-100102', 'daniel.reyes@ilium.example', '+1 415 555 0102')
on conflict (id) do nothing;

-- Their NPIs, which the charges report prints as the rendering therapist's; set while none is.
update therapist set npi = '1987654328' where id = '00000000-0000-4000-8000-000000000101' and npi is null;
update therapist set npi = '1765432103' where id = '00000000-0000-4000-8000-000000000102' and npi is null;

insert into staff_account (id, username, password_hash, role, therapist_id, created_at)
values ('00000000-0000-4000-8000-000000000001', 'admin', '$2a$11$JJ2X687b5fVMCXEaOPMWSOWCBm6hiz6z2/FvRW0NkBQH5XYT7wStu', 'ADMIN', null, now()),
       ('00000000-0000-4000-8000-000000000002', 'frontdesk', '$2a$11$JJ2X687b5fVMCXEaOPMWSOWCBm6hiz6z2/FvRW0NkBQH5XYT7wStu', 'FRONT_DESK', null, now()),
       ('00000000-0000-4000-8000-000000000003', 'maya', '$2a$11$JJ2X687b5fVMCXEaOPMWSOWCBm6hiz6z2/FvRW0NkBQH5XYT7wStu', 'THERAPIST', '00000000-0000-4000-8000-000000000101', now()),
       ('00000000-0000-4000-8000-000000000004', 'daniel', '$2a$11$JJ2X687b5fVMCXEaOPMWSOWCBm6hiz6z2/FvRW0NkBQH5XYT7wStu', 'THERAPIST', '00000000-0000-4000-8000-000000000102', now())
on conflict (id) do nothing;
