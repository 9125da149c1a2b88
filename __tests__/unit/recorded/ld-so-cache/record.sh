#!/bin/sh
# Writes NAME.ldconfig-p.txt next to every NAME.cache here: what `ldconfig -p -C NAME.cache` prints.
# A cache is read in the byte order of the ldconfig that reads it, so the s390x (big-endian) ones
# are printed by Debian 12's s390x ldconfig under qemu: S390X_LDCONFIG=/path/to/s390x/sbin/ldconfig.
# Run from this directory: sh record.sh
set -eu
export LC_ALL=C
for cache in *.cache; do
  case "$cache" in
    s390x*) qemu-s390x-static "${S390X_LDCONFIG:?path of the s390x ldconfig}" -p -C "$cache" ;;
    *) ldconfig -p -C "$cache" ;;
  esac >"${cache%.cache}.ldconfig-p.txt"
done
