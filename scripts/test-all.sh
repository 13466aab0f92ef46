#!/usr/bin/env bash
# The one test command: every check the project has, in order. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "install (npm ci)"
npm ci --no-audit --no-fund --loglevel=error
step "tools (Debian packages for browser and document tests)"
bash scripts/ensure-tools.sh
step "typecheck"
npx tsc --noEmit
step "lint"
npx eslint . --max-warnings=0
step "format"
npx prettier --check . --log-level warn
step "unit and component tests"
npx vitest run
step "build"
npx vite build --logLevel warn
step "end-to-end tests (Chromium)"
node scripts/run-e2e.mjs
step "document checks"
node scripts/run-docs.mjs
printf '\nAll checks passed.\n'
