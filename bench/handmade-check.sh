#!/usr/bin/env bash
# The check a user writes by hand, the baseline of bench/run.mjs: build the builder and the final
# stage into the engine, run ldd in the builder once per program, list the final image through
# `docker export`, and look for every path ldd printed after `=>`.
#
# usage: handmade-check.sh CONTEXT DOCKERFILE PLATFORM BUILD_ARG TAG LABEL PROGRAM...
# Prints `builds_ns=<n> check_ns=<n> missing=<n>` last. The images stay (tagged TAG-builder and
# TAG-final, labelled LABEL) for the caller to remove, as they would stay on a user's machine.
set -euo pipefail

context=$1 dockerfile=$2 platform=$3 build_arg=$4 tag=$5 label=$6
shift 6

build() {
  docker buildx build --quiet --platform "$platform" --file "$dockerfile" \
    --build-arg "$build_arg" --label "$label" --target "$1" --load --tag "$2" "$context" >/dev/null
}

started=$(date +%s%N)
build builder-n "$tag-builder"
build final "$tag-final"
built=$(date +%s%N)

needed=()
for program in "$@"; do
  needed+=("$program")
  while read -r _ arrow path _; do
    if [ "$arrow" = "=>" ] && [ "${path#/}" != "$path" ]; then needed+=("$path"); fi
  done < <(docker run --rm --platform "$platform" --entrypoint ldd "$tag-builder" "$program")
done

listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
container=$(docker create --platform "$platform" --label "$label" "$tag-final" /none)
docker export "$container" | tar -t >"$listing"
docker rm "$container" >/dev/null

missing=0
for path in $(printf '%s\n' "${needed[@]}" | sort -u); do
  if ! grep -qxF "${path#/}" "$listing"; then
    echo "missing: $path" >&2
    missing=$((missing + 1))
  fi
done
finished=$(date +%s%N)
echo "builds_ns=$((built - started)) check_ns=$((finished - built)) missing=$missing"
