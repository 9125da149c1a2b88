#!/usr/bin/env bash
# The README's test command: everything the tests need, then unit and integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then
  bash scripts/setup-docker.sh
else
  docker buildx ls >/dev/null 2>&1 || {
    echo "Docker with buildx is not available; run 'sudo bash scripts/setup-docker.sh' first." >&2
    exit 1
  }
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
node scripts/make-rootfs.mjs
npm test
