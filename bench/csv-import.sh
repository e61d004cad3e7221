#!/bin/sh
# Times a 10,000-row riskRegisterImport (dry run and commit) through the whole app, with the embedded PostgreSQL.
# Run from the repository root; extra arguments go to Maven (e.g. -Dquarkus.http.test-port=8092).
# The table is printed and written to target/csv-import-bench.md. See bench/README.md.
set -e
./mvnw -B -q test -Dtest=RiskRegisterImportBench -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/csv-import-bench.md
