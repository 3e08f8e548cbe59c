#!/usr/bin/env bash
# `npm test`: unit and integration tests (vitest, real Postgres/Redis/mediasoup), then end-to-end (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MEDIASOUP_WORKER_BIN:-}" ]; then
  MEDIASOUP_WORKER_BIN="$(bash scripts/mediasoup-worker.sh | tail -1)"
  export MEDIASOUP_WORKER_BIN
fi

npm run build -w web-patient -w web-doctor --silent

status=0
# The sfu's media tests run on their own: on two cores, real-time RTP next to the database-heavy suites
# starves the worker's timers.
npx vitest run --project '!sfu' || status=$?
npx vitest run --project sfu || status=$?
npx playwright test -c e2e/playwright.config.ts || status=$?
exit $status
