"""Two models -> an ordered list of steps that turns the first into the second.

The plan runs in phases, so every statement finds what it needs and nothing is in
the way: renames; drops of the views, triggers, policies, comments and grants that
change or sit on something that changes; new schemas, extensions and types (type
swaps start here); drops of changed constraints and indexes (foreign keys first);
tables and columns; new constraints and indexes (foreign keys last, once both ends
exist); drops of tables, then of sequences and routines, then of types; views (in
dependency order), triggers, policies, comments and grants; and last the
extensions and schemas that go.

Objects that depend on something that changes are dropped and recreated around
the change even though they did not change themselves: views reading a table
whose columns are dropped or retyped (and the views reading those views),
triggers and policies naming such a column, and the comments, grants, indexes
and triggers sitting on a recreated object. Dependencies come from the model:
views record the relations they read (parsed from their text, the same for DDL
and live schemas).
"""

import dataclasses
import re
from collections import defaultdict

from .. import model as m
from .. import sqlparser
from ..ddl import render as r
from ..ddl.types import canonical_type
from ..ddl.naming import make_object_name, qualified, quote_ident, quote_literal
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..ddl.costs import narrows, rewrites, volatile
from .steps import (ACCESS_EXCLUSIVE, IRREVERSIBLE, LOSSLESS, LOSSY, SHARE, SHARE_ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE,
                    Step)

# Phases, in the order they run.
(RENAME, DROP_DEPENDENTS, TYPES, DROP_CONSTRAINTS, TABLES, ADD_CONSTRAINTS, DROP_TABLES, DROP_OBJECTS, DROP_TYPES,
 CREATE_DEPENDENTS, DROP_NAMESPACES) = range(11)

_ROUTINES = ("function", "procedure", "aggregate")
_RELATION_KINDS = ("view", "materialized view")
_DROP_ORDER = ("grant", "comment", "policy", "trigger", "statistics", "index", "materialized view", "view")


def _q(obj):
    return qualified(obj.name, obj.schema)


def _rel_key(name, schema):
    """How views name a relation in ``depends_on``: bare in the target namespace, else schema.name."""
    return name if schema is None else f"{schema}.{name}"


def _element_type(type_text):
    """An array type's element type ("mood[]" -> "mood"); other types as they are."""
    while type_text.endswith("[]"):
        type_text = type_text[:-2]
    return type_text


def _mentions(text, name):
    """Does SQL text name an identifier (bare or quoted)?"""
    if text is None:
        return False
    return bool(re.search(r'(?<![\w$"])' + re.escape(name) + r'(?![\w$"])', text)) or f'"{name}"' in text


def _sequence_changes(old, new, prefix=""):
    """ALTER SEQUENCE clauses taking old options to new ones (None = PostgreSQL's default)."""
    old, new = old or m.SequenceOptions(), new or m.SequenceOptions()
    parts = []
    if old.increment != new.increment:
        parts.append(f"{prefix}INCREMENT BY {new.increment if new.increment is not None else 1}")
    if old.min_value != new.min_value:
        parts.append(f"{prefix}MINVALUE {new.min_value}" if new.min_value is not None else f"{prefix}NO MINVALUE")
    if old.max_value != new.max_value:
        parts.append(f"{prefix}MAXVALUE {new.max_value}" if new.max_value is not None else f"{prefix}NO MAXVALUE")
    if old.start != new.start or old.min_value != new.min_value:     # a start below MINVALUE is refused
        start = new.start if new.start is not None else (new.min_value if new.min_value is not None else 1)
        parts.append(f"{prefix}START WITH {start}")
    if old.cache != new.cache:
        parts.append(f"{prefix}CACHE {new.cache if new.cache is not None else 1}")
    if old.cycle != new.cycle:
        parts.append(f"{prefix}CYCLE" if new.cycle else f"{prefix}NO CYCLE")
    return parts


def _concurrently(create_index):
    """CREATE [UNIQUE] INDEX … -> CREATE [UNIQUE] INDEX CONCURRENTLY …"""
    return create_index.replace(" INDEX ", " INDEX CONCURRENTLY ", 1)


def opaque_drop(obj):
    """The statement that removes an opaque object."""
    kind = obj.kind
    if kind in _ROUTINES:
        name, _, args = obj.name.partition("(")
        return f"DROP {kind.upper()} {qualified(name, obj.schema)}({args}"
    if kind in ("trigger", "policy"):
        table, _, name = obj.name.rpartition(".")
        return f"DROP {kind.upper()} {quote_ident(name)} ON {qualified(table, obj.schema)}"
    if kind == "comment":
        return f"COMMENT ON {obj.name} IS NULL"
    if kind == "grant":                       # the opposite statement: a GRANT taken back, a REVOKE undone
        node = sqlparser.parse(obj.sql)[0].node
        node.is_grant = not node.is_grant
        node.grant_option = False
        return sqlparser.deparse(node)
    return f"DROP {kind.upper()} {_q(obj)}"


def _all_columns(table, tables, seen=()):
    """A table's columns with those it inherits (parents' first, as the server orders them)."""
    out, names = [], set()
    for ref in table.inherits:
        parent = tables.get((ref.schema, ref.name))
        if parent is not None and (ref.schema, ref.name) not in seen:
            for col in _all_columns(parent, tables, seen + ((table.schema, table.name),)):
                if col.name not in names:
                    out.append(col)
                    names.add(col.name)
    for col in table.columns:
        if col.name not in names:
            out.append(col)
            names.add(col.name)
    return out


def _version_key(version):
    """An extension version in sort order ('1.10' after '1.9'); None (the default) sorts last."""
    if version is None:
        return (1, ())
    return (0, tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-]", version)))


def _default_privileges_undo(sql):
    """The statement that takes an ALTER DEFAULT PRIVILEGES back (GRANT <-> REVOKE)."""
    node = sqlparser.parse(sql)[0].node
    node.action.is_grant = not node.action.is_grant
    node.action.grant_option = False
    return sqlparser.deparse(node)


def _replace(obj):
    """CREATE OR REPLACE form of a routine's statement."""
    node = sqlparser.parse(obj.sql)[0].node
    node.replace = True
    return sqlparser.deparse(node)


class Planner:
    def __init__(self, old, new, safe=False, renames=None):
        self.old, self.new, self.safe = old, new, safe
        self.renames = renames or {"tables": {}, "columns": {}}
        self.phases = defaultdict(list)
        self.old_tables = {(t.schema, t.name): t for t in old.tables}
        self.new_tables = {(t.schema, t.name): t for t in new.tables}
        self.swapped = {}              # qualified type name -> (kind, enum labels it loses)
        self.retyped = defaultdict(set)  # table key -> columns whose type changes
        self.swap_columns = defaultdict(set)  # table key -> columns moved to a swapped type
        self.precommitted = {}         # enums whose new values must commit before later steps use them
        self.rebuilt = self._rebuilt()  # table keys rebuilt under their name (partitioning changes)

    def add(self, phase, sql, **facts):
        step = Step(sql, **facts)
        self.phases[phase].append(step)
        return step

    def steps(self):
        self.check_coverage()
        self.plan_renames()
        self.plan_types()
        self.plan_tables()
        self.plan_opaques()
        self.plan_comments()
        return [s for phase in sorted(self.phases) for s in self.phases[phase]]

    def _rebuilt(self):
        """Tables whose partitioning changes (none, another strategy or key) or whose INHERITS
        parents change: no ALTER makes exactly that table (INHERIT leaves the merged columns the
        table's own), so they are rebuilt - with their partitions on both sides."""
        tops = {key for key, a in self.old_tables.items() if key in self.new_tables
                and (a.partition_by != self.new_tables[key].partition_by or a.inherits != self.new_tables[key].inherits)
                and a.partition_of is None and self.new_tables[key].partition_of is None}
        grew = True
        while grew:
            grew = False
            for tables in (self.old_tables, self.new_tables):
                for key, t in tables.items():
                    if key not in tops and t.partition_of is not None and \
                            (t.partition_of.schema, t.partition_of.name) in tops:
                        tops.add(key)
                        grew = True
        return tops

    # -- coverage ----------------------------------------------------------
    def check_coverage(self):
        """Stop, naming the objects, on changes no plan can make in place."""
        blocked = []
        for key, a in self.old_tables.items():
            b = self.new_tables.get(key)
            if b is not None and a.partition_by != b.partition_by and key not in self.rebuilt:
                blocked.append(f"{_q(a)} (partition key {a.partition_by or 'none'} -> {b.partition_by or 'none'})")
        if blocked:
            raise AiSchemaError(
                "cannot migrate in place: " + "; ".join(blocked),
                hint="A table's partitioning cannot be altered; create the new table under another name, copy the "
                     "rows, and declare the swap with options->'renames'.", sqlstate=NOT_SUPPORTED)

    # -- renames ------------------------------------------------------------
    def plan_renames(self):
        """Declared renames: columns (named by their old table) first, then tables."""
        for key, new_name in sorted(self.renames["columns"].items()):
            table, _, column = key.rpartition(".")
            self.add(RENAME, f"ALTER TABLE {qualified(table)} RENAME COLUMN {quote_ident(column)} TO "
                             f"{quote_ident(new_name)}", table=quote_ident(table), lock=ACCESS_EXCLUSIVE,
                     breaking=f"column {table}.{column} is renamed to {new_name}")
        for old_name, new_name in sorted(self.renames["tables"].items()):
            self.add(RENAME, f"ALTER TABLE {qualified(old_name)} RENAME TO {quote_ident(new_name)}",
                     table=quote_ident(new_name), lock=ACCESS_EXCLUSIVE,
                     breaking=f"table {old_name} is renamed to {new_name}")

    # -- types: enums, domains, composite types; schemas, extensions, sequences, routines ------------
    def plan_types(self):
        old, new = self.old, self.new
        for ns in sorted({n.name for n in new.namespaces} - {n.name for n in old.namespaces}):
            self.add(TYPES, f"CREATE SCHEMA {quote_ident(ns)}")
        old_ext = {e.name: e for e in old.extensions}
        new_ext = {e.name: e for e in new.extensions}
        for name in sorted(new_ext):
            ext = new_ext[name]
            if name not in old_ext:
                self.add(TYPES, r.create_extension(ext))
                continue
            if old_ext[name].schema != ext.schema:
                self.add(TYPES, f"ALTER EXTENSION {quote_ident(name)} SET SCHEMA "
                                f"{quote_ident(ext.schema or 'public')}")
            if old_ext[name].version != ext.version:
                if _version_key(ext.version) < _version_key(old_ext[name].version):
                    # extensions ship no downgrade scripts: install the older version again (refused by
                    # the server, not forced, when objects depend on the extension)
                    self.add(TYPES, f"DROP EXTENSION {quote_ident(name)}",
                             note=f"fails if objects depend on extension {name}: it has no downgrade path")
                    self.add(TYPES, r.create_extension(ext))
                else:
                    to = f" TO {quote_literal(ext.version)}" if ext.version else ""   # none: the default version
                    self.add(TYPES, f"ALTER EXTENSION {quote_ident(name)} UPDATE{to}")
        # extensions before the schemas that hold them
        for name in sorted(set(old_ext) - set(new_ext)):
            self.add(DROP_NAMESPACES, f"DROP EXTENSION {quote_ident(name)}", breaking=f"extension {name} is removed")
        for ns in sorted({n.name for n in old.namespaces} - {n.name for n in new.namespaces}):
            self.add(DROP_NAMESPACES, f"DROP SCHEMA {quote_ident(ns)}", breaking=f"schema {ns} is removed")

        old_enums = {(e.schema, e.name): e for e in old.enums}
        for enum in new.enums:
            before = old_enums.get((enum.schema, enum.name))
            if before is None:
                values = ", ".join(quote_literal(v) for v in enum.values)
                self.add(TYPES, f"CREATE TYPE {_q(enum)} AS ENUM ({values})")
            elif before.values != enum.values:
                self.alter_enum(before, enum)
        for key, enum in old_enums.items():
            if key not in {(e.schema, e.name) for e in new.enums}:
                self.add(DROP_TYPES, f"DROP TYPE {_q(enum)}", breaking=f"type {_q(enum)} is removed")

        old_types = {(o.kind, o.schema, o.name): o for o in old.opaques if o.kind in ("collation", "domain", "type")}
        new_types = {(o.kind, o.schema, o.name): o for o in new.opaques if o.kind in ("collation", "domain", "type")}
        for key, obj in new_types.items():
            before = old_types.get(key)
            if before is None:
                self.add(TYPES, obj.sql)
            elif before.sql != obj.sql:
                if self.columns_of_type(_q(obj)):
                    self.swap(obj.kind, before, obj)
                else:
                    self.add(TYPES, opaque_drop(before))
                    self.add(TYPES, obj.sql)
        for key, obj in old_types.items():
            if key not in new_types:
                self.add(DROP_TYPES, opaque_drop(obj), breaking=f"{obj.kind} {_q(obj)} is removed")

        # default privileges change before objects are created, so they get the privileges the text says
        old_defaults = {o.name: o for o in old.opaques if o.kind == "default privileges"}
        new_defaults = {o.name: o for o in new.opaques if o.kind == "default privileges"}
        for key in sorted(set(old_defaults) - set(new_defaults)):
            self.add(TYPES, _default_privileges_undo(old_defaults[key].sql))
        for key in sorted(set(new_defaults) - set(old_defaults)):
            self.add(TYPES, new_defaults[key].sql)
        # in call order: a SQL-standard body needs its callees when created, and blocks their drop
        old_routines = {(o.kind, o.schema, o.name): o for o in r.opaque_order(old.opaques) if o.kind in _ROUTINES}
        new_routines = [o for o in r.opaque_order(new.opaques) if o.kind in _ROUTINES]
        if any(old_routines.get((o.kind, o.schema, o.name)) != o for o in new_routines):
            self.add(TYPES, "SET check_function_bodies = false")
        for obj in new_routines:
            before = old_routines.get((obj.kind, obj.schema, obj.name))
            if before is None:
                self.add(TYPES, obj.sql)
            elif before.sql != obj.sql:
                self.add(TYPES, _replace(obj))
        for key, obj in reversed(old_routines.items()):
            if key not in {(o.kind, o.schema, o.name) for o in new_routines}:
                self.add(DROP_OBJECTS, opaque_drop(obj), breaking=f"{obj.kind} {obj.name} is removed")

        old_seqs = {(s.schema, s.name): s for s in old.sequences}
        for seq in new.sequences:
            before = old_seqs.get((seq.schema, seq.name))
            if before is None:
                clauses = r.sequence_clauses(seq.options)
                self.add(TYPES, f"CREATE SEQUENCE {_q(seq)}" + "".join(" " + c for c in clauses))
            else:
                low = seq.options.min_value
                if low is not None and (before.options.min_value or 1) < low and (seq.options.increment or 1) > 0:
                    self.add(TYPES, f"SELECT pg_catalog.setval({quote_literal(_q(seq))}, {low}, false) "
                                    f"FROM {_q(seq)} WHERE last_value < {low}",
                             note="moves the sequence up to its new MINVALUE if it is below")
                clauses = _sequence_changes(before.options, seq.options)
                if before.options.type != seq.options.type:
                    clauses.insert(0, f"AS {seq.options.type or 'bigint'}")
                if clauses:
                    self.add(TYPES, f"ALTER SEQUENCE {_q(seq)} " + " ".join(clauses))
            if seq.owned_by and (before is None or before.owned_by != seq.owned_by):
                owner = qualified(seq.owned_by[0], seq.schema)
                self.add(ADD_CONSTRAINTS, f"ALTER SEQUENCE {_q(seq)} OWNED BY {owner}.{quote_ident(seq.owned_by[1])}")
            elif before is not None and before.owned_by and not seq.owned_by:
                self.add(TYPES, f"ALTER SEQUENCE {_q(seq)} OWNED BY NONE")
        new_seqs = {(s.schema, s.name) for s in new.sequences}
        for key, seq in old_seqs.items():
            if key not in new_seqs:
                exists = " IF EXISTS" if seq.owned_by else ""    # an owned sequence goes with its column
                self.add(DROP_OBJECTS, f"DROP SEQUENCE{exists} {_q(seq)}", data=LOSSY,
                         note=f"the current value of sequence {_q(seq)}")

    def alter_enum(self, before, enum):
        """ADD VALUE when old values keep their order; otherwise a type swap."""
        kept = [v for v in enum.values if v in before.values]
        if kept != list(before.values):
            return self.swap("enum", before, enum)
        used = any(self.value_used(v) for v in enum.values if v not in before.values)
        if used:
            self.precommitted[(enum.schema, enum.name)] = enum
        for i, value in enumerate(enum.values):
            if value in before.values:
                continue
            later = next((v for v in enum.values[i + 1:] if v in before.values), None)
            where = f" BEFORE {quote_literal(later)}" if later is not None else (
                f" AFTER {quote_literal(enum.values[i - 1])}" if i else "")
            self.add(TYPES, f"ALTER TYPE {_q(enum)} ADD VALUE IF NOT EXISTS {quote_literal(value)}{where}",
                     transactional=not used,
                     note="commits before the later steps, which use the new value" if used else None)

    def value_used(self, value):
        """Does the new model's SQL use an enum value (so ADD VALUE must commit first)?"""
        literal = quote_literal(value)
        texts = [o.sql for o in self.new.opaques]
        for t in self.new.tables:
            texts += [c.default or "" for c in t.columns] + [c.expression for c in t.checks]
            texts += [i.where or "" for i in t.indexes] + [" ".join(i.keys) for i in t.indexes]
        return any(literal in text for text in texts)

    def columns_of_type(self, type_name):
        """(table key, column) of tables on both sides whose column has a type on both sides."""
        found = []
        for key, table in self.new_tables.items():
            before = self.old_tables.get(key)
            if before is None or table.partition_of is not None:
                continue
            for col in table.columns:
                old_col = before.column(col.name)
                if old_col and _element_type(col.type) == type_name and _element_type(old_col.type) == type_name:
                    found.append((key, col.name))
        return found

    def swap(self, kind, before, after):
        """Replace a type in use and move every column over (text cast) in the tables phase.

        Enums and composite types: rename the old type, create the new one, drop the old one at
        the end; labels a removed enum value held make the cast fail. Domains: columns go to the
        base type first, then the domain is dropped and created again, so its constraints get
        the names a fresh CREATE DOMAIN gives them."""
        name = _q(after)
        columns = self.columns_of_type(name)
        for key, column in columns:
            self.retyped[key].add(column)
            self.swap_columns[key].add(column)
        removed = [v for v in getattr(before, "values", ()) if v not in getattr(after, "values", ())]
        self.swapped[name] = (kind, removed)
        if kind == "domain":
            base = canonical_type(sqlparser.parse(before.sql)[0].node.typeName)
            for key, column in columns:
                table = self.old_tables[key]
                target = f"ALTER TABLE {_q(table)} ALTER COLUMN {quote_ident(column)}"
                if table.column(column).default is not None:
                    self.add(TYPES, f"{target} DROP DEFAULT", table=_q(table), lock=ACCESS_EXCLUSIVE)
                self.add(TYPES, f"{target} TYPE {base}", table=_q(table), lock=ACCESS_EXCLUSIVE)
            self.add(TYPES, opaque_drop(before))
            self.add(TYPES, after.sql)
            return
        old_name = make_object_name(after.name, "", "ai_old")
        self.add(TYPES, f"ALTER TYPE {name} RENAME TO {quote_ident(old_name)}")
        if kind == "enum":
            values = ", ".join(quote_literal(v) for v in after.values)
            self.add(TYPES, f"CREATE TYPE {name} AS ENUM ({values})")
        else:
            self.add(TYPES, after.sql)
        self.add(DROP_TYPES, f"DROP TYPE {qualified(old_name, after.schema)}",
                 breaking=f"values {', '.join(removed)} of {name} are removed" if removed else None)

    # -- tables -------------------------------------------------------------
    def plan_tables(self):
        created = [t for k, t in self.new_tables.items() if k not in self.old_tables or k in self.rebuilt]
        dropped = [t for k, t in self.old_tables.items() if k not in self.new_tables and k not in self.rebuilt]
        self.move_aside(self.rebuilt)
        for table in r.table_order(created):
            dups = r.duplicate_uniques(table)
            self.add(TABLES, r.table_statement(table, (), dups)[:-1], table=_q(table), lock=ACCESS_EXCLUSIVE)
            for unique in dups:
                self.add(ADD_CONSTRAINTS, f"ALTER TABLE {_q(table)} ADD {r.key_clause(unique, 'UNIQUE')}")
            for check in table.checks:
                if check.not_valid:
                    self.add(ADD_CONSTRAINTS, f"ALTER TABLE {_q(table)} ADD {r.check_clause(check)} NOT VALID")
            for index in table.indexes:
                self.add_index(table, index, existing=False)
            self.table_settings(None, table)
        self.copy_back(self.rebuilt)
        keys_changed = set(self.rebuilt)
        for key, b in self.new_tables.items():
            a = self.old_tables.get(key)
            if a is not None and key not in self.rebuilt and (a != b or self.retyped[key]):
                keys_changed |= self.alter_table(a, b)
        for key, a in self.old_tables.items():          # foreign keys that go, before anything else
            b = self.new_tables.get(key)
            if b is not None and key not in self.rebuilt:
                kept = {fk.name for fk in b.foreign_keys}
                for fk in a.foreign_keys:
                    if fk.name not in kept:
                        self.drop_constraint(b, fk, first=True)
        for table in created + [t for k, t in self.new_tables.items() if k in self.old_tables and k not in self.rebuilt]:
            a = self.old_tables.get((table.schema, table.name)) if (table.schema, table.name) not in self.rebuilt else None
            for fk in table.foreign_keys:
                old_fk = next((f for f in a.foreign_keys if f.name == fk.name), None) if a else None
                ref = (fk.ref_table.schema, fk.ref_table.name)
                if old_fk == fk and ref not in keys_changed:
                    continue
                if old_fk is not None:
                    if old_fk == dataclasses.replace(fk, not_valid=True) and not fk.not_valid:
                        self.validate(table, fk.name)
                        continue
                    self.drop_constraint(table, old_fk, first=True)
                self.add_foreign_key(table, fk, existing=a is not None)
        dropped_keys = {(t.schema, t.name) for t in dropped}
        for table in dropped:                   # foreign keys between dropped tables may form a cycle
            for fk in table.foreign_keys:
                if (fk.ref_table.schema, fk.ref_table.name) in dropped_keys - {(table.schema, table.name)}:
                    self.drop_constraint(table, fk)
        for table in reversed(r.table_order(dropped)):
            parent = table.partition_of
            if parent is not None and (parent.schema, parent.name) in dropped_keys:
                continue                      # goes with its parent
            self.add(DROP_TABLES, f"DROP TABLE {_q(table)}", table=_q(table), lock=ACCESS_EXCLUSIVE, data=LOSSY,
                     note=f"all rows of {_q(table)}", breaking=f"table {_q(table)} is removed")

    def _aside(self, table):
        return make_object_name(table.name, "", "ai_old")

    def move_aside(self, keys):
        """Rebuilt tables: the old one (its partitions, indexes and key constraints) takes other names,
        so the new one can be created under the old names; it is dropped once its rows are copied."""
        for key in sorted(keys, key=lambda k: (k[0] or "", k[1])):
            table = self.old_tables.get(key)
            if table is None:
                continue
            name = _q(table)
            for index in [*(k for k in (table.primary_key, *table.uniques) if k is not None), *table.exclusions,
                          *table.indexes]:
                self.add(DROP_CONSTRAINTS, f"ALTER INDEX {qualified(index.name, table.schema)} RENAME TO "
                                           f"{quote_ident(make_object_name(index.name, '', 'ai_old'))}")
            for col in table.columns:                     # a serial's sequence must outlive the old table
                if r.serial_sequence(col.default):
                    self.add(DROP_CONSTRAINTS, f"ALTER SEQUENCE {r.serial_sequence(col.default)} OWNED BY NONE")
            self.add(DROP_CONSTRAINTS, f"ALTER TABLE {name} RENAME TO {quote_ident(self._aside(table))}",
                     table=name, lock=ACCESS_EXCLUSIVE)
            if table.partition_of is None or (table.partition_of.schema, table.partition_of.name) not in keys:
                self.add(DROP_TABLES, f"DROP TABLE {qualified(self._aside(table), table.schema)}", table=name,
                         lock=ACCESS_EXCLUSIVE)

    def copy_back(self, keys):
        """Rows of each rebuilt top table go into the new one (its partitions route them)."""
        for key in sorted(keys, key=lambda k: (k[0] or "", k[1])):
            a, b = self.old_tables.get(key), self.new_tables.get(key)
            if a is None or b is None or a.partition_of is not None or b.partition_of is not None:
                continue
            old_columns = {c.name: c for c in _all_columns(a, self.old_tables)}
            columns = [c for c in _all_columns(b, self.new_tables) if c.generated is None
                       and c.name in old_columns and old_columns[c.name].generated is None]
            names = ", ".join(quote_ident(c.name) for c in columns)
            name = _q(b)
            only = "" if a.partition_by else "ONLY "          # a parent's own rows, not its children's
            self.add(TABLES, f"INSERT INTO {name} ({names}) OVERRIDING SYSTEM VALUE SELECT {names} FROM "
                             f"{only}{qualified(self._aside(a), a.schema)}", table=name, lock=ACCESS_EXCLUSIVE,
                     rewrite=True, data=IRREVERSIBLE,
                     note=f"rebuilds {name} (its partitioning or INHERITS parents change): every row is copied; "
                          "fails if a row fits no partition")
            for col in columns:
                if col.identity:
                    self.add(TABLES, r.identity_past_values(name, col.name))
                if r.serial_sequence(col.default):
                    self.add(TABLES, f"ALTER SEQUENCE {r.serial_sequence(col.default)} OWNED BY {name}."
                                     f"{quote_ident(col.name)}")

    def table_settings(self, a, b):
        """Row security and comments (of the table and its columns)."""
        name = _q(b)
        if (a.row_security if a else False) != b.row_security:
            self.add(TABLES, f"ALTER TABLE {name} {'ENABLE' if b.row_security else 'DISABLE'} ROW LEVEL SECURITY",
                     table=name, lock=ACCESS_EXCLUSIVE)
        if (a.force_row_security if a else False) != b.force_row_security:
            self.add(TABLES, f"ALTER TABLE {name} {'' if b.force_row_security else 'NO '}FORCE ROW LEVEL SECURITY",
                     table=name, lock=ACCESS_EXCLUSIVE)
        if (a.replica_identity if a else None) != b.replica_identity:
            # after the indexes (USING INDEX names one); DEFAULT when the text says nothing
            self.add(CREATE_DEPENDENTS, f"ALTER TABLE {name} REPLICA IDENTITY {b.replica_identity or 'DEFAULT'}",
                     table=name, lock=ACCESS_EXCLUSIVE)
        if (a.comment if a else None) != b.comment:
            self.comment("TABLE", name, b.comment)
        for col in b.columns:
            old = a.column(col.name) if a else None
            if (old.comment if old else None) != col.comment and (old or col.comment):
                self.comment("COLUMN", f"{name}.{quote_ident(col.name)}", col.comment)

    def comment(self, kind, target, text):
        value = quote_literal(text) if text is not None else "NULL"
        self.add(CREATE_DEPENDENTS, f"COMMENT ON {kind} {target} IS {value}")

    def alter_table(self, a, b):
        """Steps for a table on both sides; returns the keys of tables whose keys were replaced."""
        name = _q(b)
        if a.partition_of != b.partition_of or a.partition_bound != b.partition_bound:
            if a.partition_of is not None:
                self.add(TABLES, f"ALTER TABLE {r.ref_name(a.partition_of)} DETACH PARTITION {name}",
                         table=name, lock=ACCESS_EXCLUSIVE, breaking=f"rows of {name} leave {r.ref_name(a.partition_of)}")
            if b.partition_of is not None:
                self.add(TABLES, f"ALTER TABLE {r.ref_name(b.partition_of)} ATTACH PARTITION {name} {b.partition_bound}",
                         table=name, lock=SHARE_UPDATE_EXCLUSIVE, scan=True,
                         note="fails if rows fall outside the partition bound", data=IRREVERSIBLE)
        if a.unlogged != b.unlogged:
            self.add(TABLES, f"ALTER TABLE {name} SET {'UNLOGGED' if b.unlogged else 'LOGGED'}", table=name,
                     lock=ACCESS_EXCLUSIVE, rewrite=True)
        self.table_settings(a, b)
        if a.partition_of is None and b.partition_of is None:
            self.alter_columns(a, b)
        elif a.partition_of is not None and b.partition_of is not None:
            self.alter_partition_columns(a, b)
        return self.alter_members(a, b)

    def alter_partition_columns(self, a, b):
        """A partition's own NOT NULL and defaults. Its parent's column changes reach it first (they
        recurse), so each value is compared with what the partition holds after them."""
        name = _q(b)
        old_parent = self.old_tables.get((a.partition_of.schema, a.partition_of.name))
        new_parent = self.new_tables.get((b.partition_of.schema, b.partition_of.name))
        if old_parent is None or new_parent is None:
            return
        for parent_col in new_parent.columns:
            before_parent = old_parent.column(parent_col.name)
            if before_parent is None:
                continue
            held = a.column(parent_col.name) or before_parent
            wanted = b.column(parent_col.name) or parent_col
            nullable = parent_col.nullable if before_parent.nullable != parent_col.nullable else held.nullable
            default = parent_col.default if before_parent.default != parent_col.default else held.default
            alter = f"ALTER TABLE {name} ALTER COLUMN {quote_ident(parent_col.name)}"
            if default != wanted.default:
                self.add(TABLES, f"{alter} DROP DEFAULT" if wanted.default is None else
                         f"{alter} SET DEFAULT {wanted.default}", table=name, lock=ACCESS_EXCLUSIVE)
            if nullable != wanted.nullable:
                if wanted.nullable:
                    self.add(TABLES, f"{alter} DROP NOT NULL", table=name, lock=ACCESS_EXCLUSIVE)
                else:
                    self.set_not_null(b, wanted)

    # columns
    def alter_columns(self, a, b):
        name = _q(b)
        key = (b.schema, b.name)
        for col in b.columns:
            old = a.column(col.name)
            if old is None:
                self.add_column(b, col)
            elif old != col or col.name in self.retyped[key]:
                self.alter_column(b, old, col)
        for old in a.columns:
            if b.column(old.name) is None:
                self.add(TABLES, f"ALTER TABLE {name} DROP COLUMN {quote_ident(old.name)}", table=name,
                         lock=ACCESS_EXCLUSIVE, data=LOSSY, note=f"the values of column {name}.{old.name}",
                         breaking=f"column {name}.{old.name} is removed")

    def add_column(self, table, col):
        name = _q(table)
        required = not col.nullable and col.default is None and not col.identity and col.generated is None
        self.add(TABLES, f"ALTER TABLE {name} ADD COLUMN {r.column_clause(table, col)}", table=name,
                 lock=ACCESS_EXCLUSIVE, rewrite=volatile(col.default) or col.generated is not None
                 or bool(col.identity),
                 data=IRREVERSIBLE if required else LOSSLESS,
                 note="fails if the table has rows: NOT NULL without a default" if required else None,
                 breaking=f"inserts into {name} must now set {col.name}" if required else None)

    def alter_column(self, table, a, b):
        name = _q(table)
        col = quote_ident(b.name)
        alter = f"ALTER TABLE {name} ALTER COLUMN {col}"
        facts = {"table": name, "lock": ACCESS_EXCLUSIVE}
        if a.generated != b.generated and b.generated is not None:
            self.add(TABLES, f"ALTER TABLE {name} DROP COLUMN {col}", **facts,
                     data=LOSSY if a.generated is None else LOSSLESS,
                     note=f"the values of column {name}.{b.name}" if a.generated is None else None)
            self.add_column(table, b)
            return
        if a.generated is not None and b.generated is None:
            self.add(TABLES, f"{alter} DROP EXPRESSION", **facts)
        swapped = _element_type(b.type) in self.swapped and b.name in self.retyped[(table.schema, table.name)]
        retype = a.type != b.type or a.collation != b.collation or swapped
        default_changed = a.default != b.default
        if a.default is not None and (retype or (default_changed and b.default is None)):
            self.add(TABLES, f"{alter} DROP DEFAULT", **facts)
        if a.identity and not b.identity:
            self.add(TABLES, f"{alter} DROP IDENTITY", **facts)
        if retype:
            self.retype(table, a, b, swapped)
        if a.nullable != b.nullable and not (b.identity and not a.identity):
            if b.nullable:
                self.add(TABLES, f"{alter} DROP NOT NULL", **facts, data=LOSSLESS,
                         breaking=None)
            else:
                self.set_not_null(table, b)
        if b.default is not None and (default_changed or retype):
            self.add(TABLES, f"{alter} SET DEFAULT {b.default}", **facts)
        if b.identity and not a.identity:
            if a.nullable:                     # PostgreSQL: "must be declared NOT NULL before identity can be added"
                self.set_not_null(table, b)
            clauses = r.sequence_clauses(b.identity_options) if b.identity_options else []
            options = f" ({' '.join(clauses)})" if clauses else ""
            self.add(TABLES, f"{alter} ADD GENERATED {b.identity.upper()} AS IDENTITY{options}", **facts)
            if not (b.identity_options and b.identity_options.start is not None):
                # the new sequence starts at 1: move it past the values the column already holds
                self.add(TABLES, r.identity_past_values(name, b.name),
                         note=f"the identity continues after the largest {name}.{b.name}")
        elif a.identity and b.identity:
            parts = []
            if a.identity != b.identity:
                parts.append(f"SET GENERATED {b.identity.upper()}")
            parts += _sequence_changes(a.identity_options, b.identity_options, "SET ")
            if parts:
                self.add(TABLES, f"{alter} " + " ".join(parts), **facts)

    def retype(self, table, a, b, swapped):
        name = _q(table)
        col = quote_ident(b.name)
        text = f"ALTER TABLE {name} ALTER COLUMN {col} TYPE {b.type}"
        if b.collation:
            text += f" COLLATE {quote_ident(b.collation)}"
        if swapped or self._is_enum(a.type, self.old) or self._is_enum(b.type, self.new):
            # an enum has casts only to and from text: one enum to another (or a renamed one) goes through it
            arrays = "[]" * ((len(b.type) - len(_element_type(b.type))) // 2)
            text += f" USING {col}::text{arrays}::{b.type}"
        elif _element_type(a.type).split("(")[0] != _element_type(b.type).split("(")[0]:
            text += f" USING {col}::{b.type}"
        rewrite = swapped or rewrites(a.type, b.type)
        lost = self.swapped[_element_type(b.type)][1] if swapped else ()
        risky = bool(lost) if swapped else narrows(a.type, b.type)
        self.retyped[(table.schema, table.name)].add(b.name)
        self.add(TABLES, text, table=name, lock=ACCESS_EXCLUSIVE, rewrite=rewrite,
                 data=IRREVERSIBLE if risky else LOSSLESS,
                 note=(f"fails if {name}.{b.name} holds {', '.join(quote_literal(v) for v in lost)}" if lost else
                       f"fails (or rounds) when values of {name}.{b.name} do not fit {b.type}") if risky else None,
                 breaking=None if a.type == b.type else f"column {name}.{b.name} changes type {a.type} -> {b.type}")

    @staticmethod
    def _is_enum(type_, model):
        base = _element_type(type_)
        return any(base in (_q(e), e.name) for e in model.enums)

    def set_not_null(self, table, col):
        name = _q(table)
        alter = f"ALTER TABLE {name} ALTER COLUMN {quote_ident(col.name)} SET NOT NULL"
        note = f"fails if {name}.{col.name} has NULLs"
        if not self.safe:
            self.add(TABLES, alter, table=name, lock=ACCESS_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note=note)
            return
        check = quote_ident(make_object_name(table.name, col.name, "not_null"))
        self.add(TABLES, f"ALTER TABLE {name} ADD CONSTRAINT {check} CHECK ({quote_ident(col.name)} IS NOT NULL) "
                         "NOT VALID", table=name, lock=ACCESS_EXCLUSIVE)
        self.add(TABLES, f"ALTER TABLE {name} VALIDATE CONSTRAINT {check}", table=name,
                 lock=SHARE_UPDATE_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note=note)
        self.add(TABLES, alter, table=name, lock=ACCESS_EXCLUSIVE)
        self.add(TABLES, f"ALTER TABLE {name} DROP CONSTRAINT {check}", table=name, lock=ACCESS_EXCLUSIVE)

    # constraints and indexes
    def alter_members(self, a, b):
        """Keys, checks, exclusions, indexes of a table on both sides (foreign keys: plan_tables)."""
        name = _q(b)
        key = (b.schema, b.name)
        replaced_keys = False
        moved = self.swap_columns[key]

        def stale(text):             # bound to the old type of a swapped column: rebuilt after the swap
            return any(_mentions(text, c) for c in moved)

        members = [("primary_key", [a.primary_key] if a.primary_key else [], [b.primary_key] if b.primary_key else []),
                   ("uniques", a.uniques, b.uniques), ("checks", a.checks, b.checks),
                   ("exclusions", a.exclusions, b.exclusions), ("indexes", a.indexes, b.indexes)]
        for kind, olds, news in members:
            old_by = {o.name: o for o in olds}
            new_by = {o.name: o for o in news}
            if kind == "indexes":                  # a comment alone changes by COMMENT ON
                for n, o in new_by.items():
                    if n in old_by and old_by[n] != o and dataclasses.replace(old_by[n], comment=o.comment) == o:
                        self.comment("INDEX", qualified(n, b.schema), o.comment)
                        old_by[n] = o
            gone = [o for n, o in old_by.items() if n not in new_by or new_by[n] != o
                    or stale(" ".join(str(v) for v in vars(o).values()))]
            come = [o for n, o in new_by.items() if n not in old_by or old_by[n] != o or old_by[n] in gone]
            for o in list(gone):                    # same definition, new name: a rename
                twin = next((c for c in come if c.name != o.name and dataclasses.replace(o, name=c.name) == c
                             and c.name not in old_by), None)
                if twin is not None:
                    gone.remove(o)
                    come.remove(twin)
                    what = f"ALTER INDEX {qualified(o.name, b.schema)} RENAME TO" if kind == "indexes" else \
                        f"ALTER TABLE {name} RENAME CONSTRAINT {quote_ident(o.name)} TO"
                    self.add(DROP_CONSTRAINTS, f"{what} {quote_ident(twin.name)}", table=name, lock=ACCESS_EXCLUSIVE)
            for o in list(gone):                    # NOT VALID -> valid: just validate
                twin = new_by.get(o.name)
                if kind == "checks" and o.not_valid and twin in come and dataclasses.replace(o, not_valid=False) == twin:
                    gone.remove(o)
                    come.remove(twin)
                    self.validate(b, o.name)
            for o in gone:
                if kind in ("primary_key", "uniques"):
                    replaced_keys = True
                if kind == "indexes":
                    self.drop_index(b, o)
                else:
                    self.drop_constraint(b, o)
            for o in come:
                if kind == "indexes":
                    self.add_index(b, o)
                elif kind == "checks":
                    self.add_check(b, o)
                elif kind in ("primary_key", "uniques"):
                    self.add_key(b, o, "PRIMARY KEY" if kind == "primary_key" else "UNIQUE")
                else:
                    self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} ADD {r.exclusion_clause(o)}", table=name,
                             lock=ACCESS_EXCLUSIVE, scan=True, data=IRREVERSIBLE,
                             note="fails if existing rows conflict")
        return {key} if replaced_keys else set()

    def drop_constraint(self, table, constraint, first=False):
        name = _q(table)
        step = Step(f"ALTER TABLE {name} DROP CONSTRAINT {quote_ident(constraint.name)}", table=name,
                    lock=ACCESS_EXCLUSIVE)
        phase = self.phases[DROP_CONSTRAINTS]
        phase.insert(0, step) if first else phase.append(step)

    def drop_index(self, table, index):
        target = qualified(index.name, table.schema)
        if self.safe and not table.partition_by:
            self.add(DROP_CONSTRAINTS, f"DROP INDEX CONCURRENTLY {target}", fallback=f"DROP INDEX {target}",
                     transactional=False, table=_q(table), lock=SHARE_UPDATE_EXCLUSIVE)
        else:
            self.add(DROP_CONSTRAINTS, f"DROP INDEX {target}", table=_q(table), lock=ACCESS_EXCLUSIVE)

    def add_index(self, table, index, existing=True):
        name = _q(table)
        plain = r.index_statement(table, index)[:-1]
        if self.safe and existing and table.partition_by:
            self.partitioned_index(table, index)
        elif self.safe and existing:
            self.add(ADD_CONSTRAINTS, _concurrently(plain), fallback=plain, transactional=False, table=name,
                     lock=SHARE_UPDATE_EXCLUSIVE, scan=True)
        else:
            unique = index.unique and existing
            self.add(ADD_CONSTRAINTS, plain, table=name, lock=SHARE, scan=existing,
                     data=IRREVERSIBLE if unique else LOSSLESS,
                     note="fails if existing rows are not unique" if unique else None)
        if index.comment:
            self.comment("INDEX", qualified(index.name, table.schema), index.comment)

    def partitioned_index(self, table, index):
        """CREATE INDEX ON ONLY the parent, build each partition's index CONCURRENTLY, attach them."""
        name = _q(table)
        plain = r.index_statement(table, index)[:-1]
        self.add(ADD_CONSTRAINTS, plain.replace(f" ON {name}", f" ON ONLY {name}", 1), table=name, lock=SHARE)
        for part in [t for t in self.new.tables if t.partition_of == table.ref and (t.schema, t.name)
                     in self.old_tables]:
            part_index = dataclasses.replace(index, name=make_object_name(part.name, index.name, ""), comment=None)
            text = r.index_statement(part, part_index)[:-1]
            self.add(ADD_CONSTRAINTS, _concurrently(text), fallback=text,
                     transactional=False, table=_q(part), lock=SHARE_UPDATE_EXCLUSIVE, scan=True)
            self.add(ADD_CONSTRAINTS, f"ALTER INDEX {qualified(index.name, table.schema)} ATTACH PARTITION "
                                      f"{qualified(part_index.name, part.schema)}", table=name)

    def add_key(self, table, key, kind):
        name = _q(table)
        if self.safe and not table.partition_by:
            index = m.Index(name=key.name, keys=tuple(quote_ident(c) for c in key.columns), unique=True,
                            include=key.include, nulls_not_distinct=key.nulls_not_distinct)
            plain = r.index_statement(table, index)[:-1]
            self.add(ADD_CONSTRAINTS, _concurrently(plain), fallback=plain,
                     transactional=False, table=name, lock=SHARE_UPDATE_EXCLUSIVE, scan=True, data=IRREVERSIBLE,
                     note="fails if existing rows are not unique")
            self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} ADD CONSTRAINT {quote_ident(key.name)} {kind} USING INDEX "
                                      f"{quote_ident(key.name)}{r.deferrable_clause(key)}", table=name,
                     lock=ACCESS_EXCLUSIVE)
            return
        self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} ADD {r.key_clause(key, kind)}", table=name,
                 lock=ACCESS_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note="fails if existing rows are not unique")

    def add_check(self, table, check):
        name = _q(table)
        clause = f"ALTER TABLE {name} ADD {r.check_clause(check)}"
        if check.not_valid:
            self.add(ADD_CONSTRAINTS, clause + " NOT VALID", table=name, lock=ACCESS_EXCLUSIVE)
        elif self.safe:
            self.add(ADD_CONSTRAINTS, clause + " NOT VALID", table=name, lock=ACCESS_EXCLUSIVE)
            self.validate(table, check.name)
        else:
            self.add(ADD_CONSTRAINTS, clause, table=name, lock=ACCESS_EXCLUSIVE, scan=True, data=IRREVERSIBLE,
                     note="fails if existing rows violate it")

    def validate(self, table, constraint):
        name = _q(table)
        self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} VALIDATE CONSTRAINT {quote_ident(constraint)}", table=name,
                 lock=SHARE_UPDATE_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note="fails if existing rows violate it")

    def add_foreign_key(self, table, fk, existing):
        name = _q(table)
        clause = f"ALTER TABLE {name} ADD {r.foreign_key_clause(fk)}"
        if fk.not_valid:
            self.add(ADD_CONSTRAINTS, clause + " NOT VALID", table=name, lock=SHARE_ROW_EXCLUSIVE)
        elif self.safe and existing:
            self.add(ADD_CONSTRAINTS, clause + " NOT VALID", table=name, lock=SHARE_ROW_EXCLUSIVE)
            self.validate(table, fk.name)
        else:
            self.add(ADD_CONSTRAINTS, clause, table=name, lock=SHARE_ROW_EXCLUSIVE, scan=existing,
                     data=IRREVERSIBLE if existing else LOSSLESS,
                     note="fails if existing rows have no match" if existing else None)

    def plan_comments(self):
        """Comments on schemas, enums and sequences (tables' comments go with the tables)."""
        for kind, olds, news, target in (
                ("SCHEMA", self.old.namespaces, self.new.namespaces, lambda o: quote_ident(o.name)),
                ("TYPE", self.old.enums, self.new.enums, _q),
                ("SEQUENCE", self.old.sequences, self.new.sequences, _q)):
            before = {(getattr(o, "schema", None), o.name): o.comment for o in olds}
            for obj in news:
                key = (getattr(obj, "schema", None), obj.name)
                was = None if kind == "TYPE" and _q(obj) in self.swapped else before.get(key)
                if obj.comment != was and (key in before or obj.comment):
                    self.comment(kind, target(obj), obj.comment)

    # -- opaque objects: views, triggers, policies, comments, grants -----------------------------
    def plan_opaques(self):
        planned = _ROUTINES + ("collation", "domain", "type", "default privileges")      # by plan_types
        old = {(o.kind, o.schema, o.name): o for o in self.old.opaques if o.kind not in planned}
        new = {(o.kind, o.schema, o.name): o for o in self.new.opaques if o.kind not in planned}
        changed = {k for k in old if k not in new or (new[k] != old[k] and k[0] != "comment")}
        changed |= self.blocked_by_columns(old)
        self.close_over_dependents(old, changed)
        drops = [old[k] for k in changed]
        views = r.opaque_order([o for o in drops if o.kind in _RELATION_KINDS])
        for kind in _DROP_ORDER[:-2]:
            for obj in sorted((o for o in drops if o.kind == kind), key=lambda o: (o.schema or "", o.name)):
                if kind == "comment" and (obj.kind, obj.schema, obj.name) in new:
                    continue
                self.add(DROP_DEPENDENTS, opaque_drop(obj))
        for obj in reversed(views):
            self.add(DROP_DEPENDENTS, opaque_drop(obj), table=_q(obj), lock=ACCESS_EXCLUSIVE,
                     data=LOSSY if obj.kind == "materialized view" and (obj.kind, obj.schema, obj.name) not in new
                     else LOSSLESS,
                     breaking=f"{obj.kind} {_q(obj)} is removed" if (obj.kind, obj.schema, obj.name) not in new
                     else None)
        creates = [o for k, o in new.items() if k not in old or k in changed or (k[0] == "comment" and old[k] != o)]
        for obj in r.opaque_order(creates):
            if obj.kind in _RELATION_KINDS:
                self.add(CREATE_DEPENDENTS, obj.sql, table=_q(obj), lock=ACCESS_EXCLUSIVE)
        for kind in ("index", "statistics", "trigger", "policy", "comment", "grant"):
            for obj in sorted((o for o in creates if o.kind == kind), key=lambda o: (o.schema or "", o.name)):
                self.add(CREATE_DEPENDENTS, obj.sql)

    def blocked_by_columns(self, old):
        """Views reading a table whose columns are dropped or retyped; triggers and policies naming them."""
        blocked = set()
        for key, a in self.old_tables.items():
            b = self.new_tables.get(key)
            columns = set(self.retyped[key])
            if key in self.rebuilt:
                rel = _rel_key(a.name, a.schema)
                for ident, obj in old.items():
                    if (obj.kind in _RELATION_KINDS + ("statistics",) and rel in obj.depends_on) or (
                            obj.kind in ("trigger", "policy", "index") and obj.schema == a.schema and
                            obj.name.rpartition(".")[0] == a.name) or (
                            obj.kind in ("grant", "comment") and _mentions(obj.name, a.name)):
                        blocked.add(ident)
                continue
            if b is not None:
                columns |= {c.name for c in a.columns if b.column(c.name) is None}
                columns |= {c.name for c in a.columns if b.column(c.name) and b.column(c.name).generated != c.generated}
            if not columns:
                continue
            rel = _rel_key(a.name, a.schema)
            for ident, obj in old.items():
                if obj.kind in _RELATION_KINDS and rel in obj.depends_on:
                    blocked.add(ident)
                elif obj.kind in ("trigger", "policy") and obj.schema == a.schema and \
                        obj.name.rpartition(".")[0] == a.name and any(_mentions(obj.sql, c) for c in columns):
                    blocked.add(ident)
                elif obj.kind == "statistics" and rel in obj.depends_on and any(_mentions(obj.sql, c) for c in columns):
                    blocked.add(ident)
        return blocked

    def close_over_dependents(self, old, changed):
        """Add to ``changed`` what sits on or reads a changed object, until nothing more is added."""
        grew = True
        while grew:
            grew = False
            relations = {_rel_key(k[2], k[1]) for k in changed if k[0] in _RELATION_KINDS}
            names = {k[2] for k in changed if k[0] in _RELATION_KINDS + ("trigger", "policy")}
            for ident, obj in old.items():
                if ident in changed:
                    continue
                hit = False
                if obj.kind in _RELATION_KINDS or obj.kind == "index":
                    hit = any(d in relations for d in obj.depends_on)
                elif obj.kind in ("trigger", "policy"):
                    hit = _rel_key(obj.name.rpartition(".")[0], obj.schema) in relations
                elif obj.kind in ("comment", "grant"):
                    hit = any(_mentions(obj.name, n.rpartition(".")[2]) for n in names)
                if hit:
                    changed.add(ident)
                    grew = True


def plan(old, new, safe=False, renames=None):
    """Ordered steps taking ``old`` to ``new``."""
    return Planner(old, new, safe, renames).steps()
