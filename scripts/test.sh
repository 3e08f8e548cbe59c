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
npx vitest run || status=$?
npx playwright test -c e2e/playwright.config.ts || status=$?
exit $status
