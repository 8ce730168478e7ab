-- Billing configuration (EPISODE.md, Data; R7, R13): set by an ADMIN through the API, never in code. Per
-- calendar year the KX threshold, the targeted medical review threshold and the allowed amount of each
-- code; and the NCCI pairs whose codes billed on one date are flagged for review. Money is numeric(12,2),
-- never negative. Years 2000..2100: the service's span, with room for back-filled years.
create table billing_configuration (
    year                      smallint      primary key,
    kx_threshold              numeric(12,2) not null,
    targeted_review_threshold numeric(12,2) not null,
    constraint billing_configuration_year_range check (year between 2000 and 2100),
    constraint billing_configuration_kx_threshold_not_negative check (kx_threshold >= 0),
    constraint billing_configuration_targeted_review_threshold_not_negative check (targeted_review_threshold >= 0)
);

-- A code without a row has no allowed amount that year (R13: the ledger is UNKNOWN from its first line).
create table billing_allowed_amount (
    year   smallint      not null,
    cpt    varchar(5)    not null,
    amount numeric(12,2) not null,
    constraint billing_allowed_amount_pkey primary key (year, cpt),
    constraint billing_allowed_amount_year_fk foreign key (year) references billing_configuration (year)
        on delete cascade,
    -- R1's codes
    constraint billing_allowed_amount_cpt_known check (cpt in ('97035', '97110', '97112', '97116', '97140',
        '97161', '97162', '97163', '97164', '97530', '97535')),
    constraint billing_allowed_amount_not_negative check (amount >= 0)
);

-- An unordered pair of two different codes, kept once: the lower code first, so (a, b) and (b, a) are the
-- same row.
create table ncci_pair (
    cpt_low  varchar(5) not null,
    cpt_high varchar(5) not null,
    constraint ncci_pair_unordered_unique primary key (cpt_low, cpt_high),
    constraint ncci_pair_lower_code_first check (cpt_low < cpt_high),
    constraint ncci_pair_cpt_known check (
        cpt_low in ('97035', '97110', '97112', '97116', '97140', '97161', '97162', '97163', '97164', '97530', '97535')
        and cpt_high in ('97035', '97110', '97112', '97116', '97140', '97161', '97162', '97163', '97164', '97530',
                         '97535'))
);

-- NCCI procedure-to-procedure edit: manual therapy with therapeutic activities on one date.
insert into ncci_pair (cpt_low, cpt_high) values ('97140', '97530');
