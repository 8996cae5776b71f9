# The two commands a newcomer needs: `make lab` (run the course) and `make test` (run every check).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8888
IP ?= 127.0.0.1
START := notebooks/00_mulai.ipynb
# No browser is opened where there is no screen (a server, a container, CI).
NO_BROWSER := $(if $(or $(DISPLAY),$(WAYLAND_DISPLAY),$(filter Darwin,$(shell uname -s))),,--no-browser)
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
NBVAL := --nbval-lax --nbval-current-env --nbval-cell-timeout=300

.PHONY: install lab test lint clean docs

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Dibutuhkan Python 3.11 atau lebih baru (PYTHON=$(PYTHON))."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# kit.live: the 'Salindia langsung' button, and a deck left open last time is switched off.
lab: install
	$(BIN)/python -m kit.live
	$(BIN)/jupyter lab --ServerApp.root_dir=. --ServerApp.default_url=/lab/tree/$(START) \
		--ServerApp.custom_display_url=http://$(IP):$(PORT)/lab/tree/$(START) \
		--ip=$(IP) --port=$(PORT) $(NO_BROWSER) $(ALLOW_ROOT)

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	scripts/ensure_chromium.sh
	scripts/ensure_chp.sh
	scripts/ensure_axe.sh
	$(BIN)/python -m pytest tests src/helpers kit notebooks facilitator --doctest-modules $(NBVAL)

lint: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info

# The facilitator's answer key, generated from src/helpers/content/latihan/*.yaml.
.PHONY: answer-key
answer-key: install
	$(BIN)/python -m kit.answer_key

docs: install
	$(BIN)/python -m kit.reference

# Benchmark what trainees and CI wait for (bench/README.md); not part of `make test`.
.PHONY: bench
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# A whole class at once on a real JupyterHub (deploy/jupyterhub/README.md); not in `make test`.
.PHONY: bench-class
bench-class: install
	scripts/ensure_chp.sh
	$(BIN)/python bench/class_run.py $(BENCH_CLASS_ARGS)

# Facilitator kit (kit/): the guide, offline slides and handouts, generated from the notebooks.
.PHONY: facilitator slides handouts
facilitator: install
	$(BIN)/python -m kit.answer_key
	$(BIN)/python -m kit.guide

slides: install
	$(BIN)/python -m kit.build slides

handouts: install
	$(BIN)/python -m kit.build handouts
