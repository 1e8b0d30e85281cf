#!/bin/bash
# Runs once, when the PostgreSQL volume is first created: a database standing in for the HEALTH agency's
# own system, seeded with the demo patient register (the same script the demo profile runs on H2).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -c "CREATE DATABASE health_agency"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname health_agency -f /demo/health/patients.sql
