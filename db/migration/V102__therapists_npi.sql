-- A therapist's National Provider Identifier (EPISODE.md: the rendering therapist on charge lines),
-- optional, valid by its check digit like every NPI the service stores, and held by one therapist only.
alter table therapist
    add column npi varchar(10),
    add constraint therapist_npi_valid check (npi_is_valid(npi)),
    add constraint therapist_npi_unique unique (npi);
