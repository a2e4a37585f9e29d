#!/usr/bin/env bash
# usage: spec-parts/assemble.sh OUT.yaml [PREFIX ...]   (PREFIX e.g. stem, modules; default: all parts)
# Concatenates the header, shared components and the chosen parts into one OpenAPI file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
prefixes=("$@")
if [ ${#prefixes[@]} -eq 0 ]; then
  prefixes=($(ls "$here" | grep -E '\.paths\.yaml$' | grep -v '^20-auth' | sed 's/\.paths\.yaml$//'))
fi
{
  cat "$here/00-header.yaml"
  echo "paths:"
  cat "$here/20-auth.paths.yaml"
  for p in "${prefixes[@]}"; do cat "$here/$p.paths.yaml"; done
  cat "$here/10-components-head.yaml" "$here/20-auth.schemas.yaml"
  for p in "${prefixes[@]}"; do cat "$here/$p.schemas.yaml"; done
} > "$out"
