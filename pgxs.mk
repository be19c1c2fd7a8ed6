# PGXS part of the build, run by `make install` once postgresql-server-dev-15 is present.
MODULEDIR  = extension
DATA       = control/ai_schema.control $(wildcard sql/released/*.sql)
DATA_built = $(wildcard build/ai_schema--*.sql)
PG_CONFIG ?= pg_config
PGXS      := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
