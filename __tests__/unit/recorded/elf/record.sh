#!/bin/sh
# Writes NAME.readelf.txt next to every ELF file here: what binutils' readelf prints for it.
# Run from this directory: sh record.sh
set -eu
export LC_ALL=C
for file in */*; do
  case "$file" in src/* | *.txt) continue ;; esac
  {
    for option in -h -l -d -V; do
      echo "\$ readelf $option -W $file"
      readelf "$option" -W "$file"
    done
  } >"$file.readelf.txt" 2>&1
done
