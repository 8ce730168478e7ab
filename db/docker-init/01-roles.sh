#!/bin/sh
# Runs once, as the container's superuser, when the PostgreSQL data directory is first created
# (docker-entrypoint-initdb.d). API.md, Operations: two ordinary roles, neither a superuser:
#   ILIUM_DB_OWNER    owns the database and everything in it; Flyway migrates as it.
#   ILIUM_DB_RUNTIME  the service's role: may connect, owns nothing; the migrations grant it the rest.
# psql fills in :"name" (an identifier) and :'name' (a literal) itself, so no value is pasted into SQL.
set -eu

psql --no-psqlrc --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set database="$ILIUM_DB_NAME" \
  --set owner="$ILIUM_DB_OWNER" --set owner_password="$ILIUM_DB_OWNER_PASSWORD" \
  --set runtime="$ILIUM_DB_RUNTIME" --set runtime_password="$ILIUM_DB_RUNTIME_PASSWORD" <<'SQL'
create role :"owner" login nosuperuser nocreatedb nocreaterole noreplication nobypassrls
    password :'owner_password';
create role :"runtime" login nosuperuser nocreatedb nocreaterole noreplication nobypassrls
    password :'runtime_password';
create database :"database" owner :"owner";
revoke all on database :"database" from public;
grant connect on database :"database" to :"runtime";
SQL
