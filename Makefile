VENV ?= .venv
PY := $(VENV)/bin/python
export VENV_BIN := $(abspath $(VENV))/bin
# the git ref `make api-changes` and `make generate` compare openapi.yaml with
REF ?= main

.PHONY: install generate api-changes check-generated reference check-reference docs check-docs lint format test test-fast demo bench notebook clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

generate: install
	scripts/generate.sh
	-$(PY) scripts/api_changes.py --short --ref $(REF)

# what changed in openapi.yaml since REF, breaking or not; CHANGELOG=1 drafts the entry too
api-changes: install
	$(PY) scripts/api_changes.py --ref $(REF) $(if $(CHANGELOG),--changelog CHANGELOG.md)

check-generated: install
	scripts/check_generated.sh

# The facts of the BrainSTEM reference docs the tests check, into tests/reference.json
# (docs from $BRAINSTEM_REFERENCE_DIR or ../shared/reference/brainstem-docs).
reference: install
	$(PY) scripts/extract_reference.py

check-reference: install
	$(PY) scripts/extract_reference.py --check

# The real-output blocks and the tables derived from the spec in README.md and docs/.
docs: install
	$(PY) scripts/make_docs.py

check-docs: install
	$(PY) scripts/make_docs.py --check

lint: install
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy scripts/lint_spec.py scripts/api_changes.py scripts/spec_diff.py scripts/make_docs.py
	$(PY) scripts/lint_spec.py openapi.yaml

format: install
	$(VENV)/bin/ruff check --fix src tests scripts
	$(VENV)/bin/ruff format src tests scripts

# The suite runs on every core (pytest-xdist, at most 4 workers; WORKERS=0: in this process).
# worksteal: each worker takes the next tests in file order, an idle one takes half of what
# another has left. Bytecode is written even under PYTHONDONTWRITEBYTECODE: without it each run
# compiles and assertion-rewrites some 500 modules again (about 8 s a worker).
WORKERS ?= auto
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n $(WORKERS) --maxprocesses 4 --dist worksteal

test: install
	$(PYTEST)

# while working: everything but the tests marked slow (make test and CI run those too)
test-fast: install
	$(PYTEST) -m "not slow"

demo: install
	$(PY) scripts/demo.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .bench-cache

bench: install
	$(PY) scripts/bench.py

notebook: install
	$(PY) scripts/make_notebook.py
