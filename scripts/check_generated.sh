#!/usr/bin/env bash
# Fail when generated/ or the derived files differ from what openapi.yaml and templates/ give now.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/scripts/generate.sh" "$tmp"
status=0
diff -r "$root/generated/brainstem_api_client" "$tmp/generated/brainstem_api_client" \
  -x __pycache__ -x .ruff_cache || status=1
for f in "$tmp"/src/brainstem_api_tools/_spec_*.py src/brainstem_api_tools/_loader_methods.py \
  src/brainstem_api_tools/_write_schemas.json \
  src/brainstem_api_tools/sandbox/openapi.yaml; do
  f=${f#"$tmp/"}
  diff -u "$root/$f" "$tmp/$f" || status=1
done
# A derived module that openapi.yaml no longer gives is stale too.
for f in "$root"/src/brainstem_api_tools/_spec_*.py; do
  [ -e "$tmp/${f#"$root/"}" ] || { echo "stale: ${f#"$root/"}"; status=1; }
done
if [ $status -ne 0 ]; then
  echo "generated files are out of date: run 'make generate' and commit the result" >&2
fi
exit $status
