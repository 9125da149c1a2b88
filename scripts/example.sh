#!/usr/bin/env bash
# The README's example command: verify the bundled example (example/Dockerfile) for
# linux/amd64 and linux/arm64 with the local command, the same engine as the action.
# Extra arguments go to the command, e.g. `--target runtime-broken` to see a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then
  bash scripts/setup-docker.sh
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
node scripts/make-rootfs.mjs
mkdir -p example/rootfs
for arch in amd64 arm64; do
  for name in builder distroless; do
    cp -f "__tests__/fixtures/rootfs/$name-$arch.tar" "example/rootfs/$name-$arch.tar"
  done
done

exec node dist/cli/index.js \
  --context example \
  --target runtime \
  --executables /usr/bin/jq \
  --platforms linux/amd64,linux/arm64 \
  --summary example/summary.md \
  --report example/report.json \
  "$@"
