#!/usr/bin/env bash
# `npm start`: everything a fresh clone needs, then the whole platform until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[telemed]\033[0m %s\n' "$*"; }

# System packages: Redis to run, and the toolchain and libraries that build the mediasoup worker (dpkg-dev and
# a deb-src entry for `apt-get source libsrtp2`, see scripts/apt-deb-src.sh).
system_packages=(redis-server g++ meson ninja-build pkg-config libssl-dev libuv1-dev libusrsctp-dev
  libabsl-dev flatbuffers-compiler libflatbuffers-dev dpkg-dev)
missing=()
for pkg in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ -z "${REDIS_URL:-}" ] || [ ${#missing[@]} -gt 0 ]; then
  if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      say "installing system packages: ${missing[*]}"
      bash scripts/apt-deb-src.sh || true
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
      say "installing system packages with sudo: ${missing[*]}"
      sudo bash scripts/apt-deb-src.sh || true
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    elif ! command -v redis-server >/dev/null && [ -z "${REDIS_URL:-}" ]; then
      say "Redis is missing. Install redis-server (e.g. 'apt-get install redis-server' or 'brew install redis'), or set REDIS_URL."
      exit 1
    fi
  fi
fi

# The mediasoup worker: built once from Debian's libraries and cached outside the clone (no download needed).
if [ -z "${MEDIASOUP_WORKER_BIN:-}" ]; then
  # Its libsrtp comes from Debian's source package: as root, make sure apt has deb-src entries (once).
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ -n "$(bash scripts/apt-deb-src.sh)" ]; then
    apt-get update -qq
  fi
  if worker=$(bash scripts/mediasoup-worker.sh | tail -1) && [ -x "$worker" ]; then
    export MEDIASOUP_WORKER_BIN="$worker"
  else
    say "could not build the mediasoup worker; starting without video calls (see sfu/README.md)"
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  ONNXRUNTIME_NODE_INSTALL=skip npm ci
fi

for app in web-patient web-doctor; do
  newest_source=$(find "$app/src" web-shared/src "$app/svelte.config.js" "$app/vite.config.ts" -type f -newer "$app/build/index.js" 2>/dev/null | head -1 || true)
  if [ ! -f "$app/build/index.js" ] || [ -n "$newest_source" ]; then
    say "building $app"
    npm run build -w "$app" --silent
  fi
done

exec node --import tsx scripts/stack.ts
