-- R13: per patient and calendar year, the PT/SLP amount allowed elsewhere before this clinic's claims
-- (priorYtdAllowed, from the MAC eligibility check). No row: 0.
create table kx_ledger (
    patient_id        uuid          not null,
    year              smallint      not null,
    prior_ytd_allowed numeric(12,2) not null,
    constraint kx_ledger_pkey primary key (patient_id, year),
    constraint kx_ledger_patient_fk foreign key (patient_id) references patient (id),
    constraint kx_ledger_year_range check (year between 2000 and 2100),
    constraint kx_ledger_prior_ytd_allowed_not_negative check (prior_ytd_allowed >= 0)
);
