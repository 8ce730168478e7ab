#!/usr/bin/env bash
# Sign-in under a flood (security-hardening): while 40 threads send wrong passwords from one
# address, a colleague signs in from another; prints both medians and fails if hers under the
# flood exceeds 3x her unloaded time. Uses the same PostgreSQL selection as the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Dtest=SignInUnderFloodTests -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false test \
  | grep -E "Sign-in from another address|Tests run:|FAIL" 
