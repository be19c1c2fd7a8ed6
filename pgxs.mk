# PGXS part of the build, run by `make install` once postgresql-server-dev-15 is present.
MODULEDIR  = extension
DATA       = control/ai_schema.control
DATA_built = build/ai_schema--$(VERSION).sql
PG_CONFIG ?= pg_config
PGXS      := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
