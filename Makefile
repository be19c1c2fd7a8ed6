# ai_schema — `make demo` and `make test` do all set-up on a fresh Debian 12 machine (as root).

VERSION     := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/ai_schema/__init__.py)
PG_CONFIG   ?= /usr/lib/postgresql/15/bin/pg_config
SERVER_PY   := /usr/bin/python3
LIBDIR      := /usr/local/lib/ai_schema/$(VERSION)
VENV        := .venv
PY          := $(VENV)/bin/python
SQL         := build/ai_schema--$(VERSION).sql
APT_PACKAGES := postgresql-15 postgresql-server-dev-15 postgresql-plpython3-15 python3-venv python3-pip make \
                mariadb-server graphviz nodejs postgresql-15-hypopg wordnet-base

.PHONY: all deps build install released-libraries demo test bench soak clean

all: build

# System packages (only what is missing) and the development virtualenv.
deps: $(VENV)/.installed
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(APT_PACKAGES); }

$(VENV)/.installed: pyproject.toml
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(APT_PACKAGES); }
	test -x $(PY) || $(SERVER_PY) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $@

build: $(SQL)

# Prisma's schema validator for the prisma target's tests (npm, pinned in tests/prisma/package.json).
# (Debian's nodejs needs its npm package; NodeSource's nodejs ships npm and conflicts with it.)
tests/prisma/node_modules/.installed: tests/prisma/package.json
	@command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm
	cd tests/prisma && npm install --silent --no-audit --no-fund
	touch $@

$(SQL): $(VENV)/.installed sql/build.py $(wildcard sql/*.sql sql/*.j2 sql/upgrades/*.j2) sql/functions.toml $(wildcard plpython/*.py) \
        src/ai_schema/designs/templates.py
	mkdir -p build && rm -f build/ai_schema--*.sql
	$(PY) sql/build.py --version $(VERSION) --libdir $(LIBDIR) --output $@ --bootstrap-output src/ai_schema/bootstrap.sql

# (1) the library and its pinned dependencies for the server's interpreter,
# (2) control file and install script into $(pg_config --sharedir)/extension (PGXS).
install: deps build
	rm -rf $(LIBDIR)
	$(SERVER_PY) -m pip install -q --disable-pip-version-check --no-warn-script-location \
	    --target $(LIBDIR) .
	rm -rf build/lib build/bdist* src/*.egg-info
	$(MAKE) released-libraries
	$(MAKE) -f pgxs.mk install PG_CONFIG=$(PG_CONFIG) VERSION=$(VERSION)

# Each released version's library stays installed beside the new one, so that a database still at
# that version keeps working until ALTER EXTENSION ai_schema UPDATE; built once from its commit.
RELEASE_COMMITS := 0.1.0:e8c43db80440aafd19c0a5cc794d9cf087418741
released-libraries:
	@for pair in $(RELEASE_COMMITS); do \
	    v=$${pair%%:*}; c=$${pair#*:}; dir=/usr/local/lib/ai_schema/$$v; \
	    test -f $$dir/.complete && continue; \
	    git cat-file -e $$c 2>/dev/null || { echo "error: commit $$c of release $$v is not in this clone"; exit 1; }; \
	    rm -rf build/release-$$v $$dir && mkdir -p build/release-$$v && \
	    git archive $$c | tar -x -C build/release-$$v && \
	    $(SERVER_PY) -m pip install -q --disable-pip-version-check --no-warn-script-location \
	        --target $$dir ./build/release-$$v && touch $$dir/.complete || exit 1; \
	done

demo: install
	$(PY) tests/pgcluster.py demo 'a blog with users, posts, comments and tags'

# Two workers (pytest-xdist), each with its own scratch cluster; a test file stays on one worker.
TEST_WORKERS ?= 2

test: install tests/prisma/node_modules/.installed
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile tests

# The library's own tests: no server, no make install (tests marked `server` are left out).
test-library: $(VENV)/.installed tests/prisma/node_modules/.installed
	$(PY) -m pytest -q -m "not server" tests

bench: install
	$(PY) bench/run.py
	$(PY) bench/generate.py
	$(PY) bench/lint.py
	$(PY) bench/migrate.py
	$(PY) bench/lifecycle.py
	$(PY) bench/llm.py
	$(PY) bench/targets.py
	$(PY) bench/sample.py
	$(PY) bench/advice.py
	$(PY) bench/load.py
	$(PY) bench/cli.py

# Outside CI: many generated inputs through the server (SOAK=10000 by default); prints figures.
SOAK ?= 10000
soak: install
	$(PY) bench/soak.py $(SOAK)

clean:
	rm -rf build $(VENV) .pytest_cache src/*.egg-info
