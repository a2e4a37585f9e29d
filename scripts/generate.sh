#!/usr/bin/env bash
# Regenerate everything derived from openapi.yaml into DEST (default: the repo itself).
#   generated/brainstem_api_client/          openapi-python-client output, through templates/
#   src/brainstem_api_tools/_spec_*.py       tables for the handwritten layer (derive_tables.py)
#   src/brainstem_api_tools/_loader_methods.py  the typed loaders, from the table in loaders.py
#   src/brainstem_api_tools/_write_schemas.json  request schemas for the write validation
#   src/brainstem_api_tools/sandbox/openapi.yaml  the spec, shipped for the sandbox
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-$root}
bin=${VENV_BIN:-$root/.venv/bin}
export PATH="$bin:$PATH"   # the generator's post-hooks run the pinned ruff from the venv

out="$dest/generated/brainstem_api_client"
rm -rf "$out"              # --overwrite would only clear api/ and models/
mkdir -p "$dest/generated" "$dest/src/brainstem_api_tools/sandbox"
openapi-python-client generate \
  --path "$root/openapi.yaml" --config "$root/generator-config.yaml" \
  --custom-template-path "$root/templates" \
  --meta none --output-path "$out" --fail-on-warning >/dev/null
touch "$out/py.typed"      # --meta none writes none
rm -rf "$out/.ruff_cache"  # left by the post-hooks

tables="$dest/src/brainstem_api_tools"
python "$root/scripts/derive_tables.py" "$root/openapi.yaml" "$tables"
ruff format --quiet --config "$root/pyproject.toml" "$tables"/_spec_*.py
loaders="$dest/src/brainstem_api_tools/_loader_methods.py"
python "$root/scripts/derive_loaders.py" > "$loaders"
ruff format --quiet --config "$root/pyproject.toml" "$loaders"
python "$root/scripts/derive_write_schemas.py" "$root/openapi.yaml" \
  > "$dest/src/brainstem_api_tools/_write_schemas.json"
cp "$root/openapi.yaml" "$dest/src/brainstem_api_tools/sandbox/openapi.yaml"
