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
from collections import defaultdict

from ..ddl import render as r
from ..ddl.naming import make_object_name, qualified, quote_ident, quote_literal
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..ddl.costs import narrows, rewrites, volatile
from .member_steps import MemberSteps
from .phases import (RENAME, DROP_DEPENDENTS, DROP_CONSTRAINTS, TABLES, ADD_CONSTRAINTS, DROP_TABLES,
                     CREATE_DEPENDENTS, ROUTINES, RELATION_KINDS, DROP_ORDER, qname, rel_key, element_type, mentions,
                     sequence_changes, opaque_drop, all_columns)
from .type_steps import TypeSteps
from .steps import ACCESS_EXCLUSIVE, IRREVERSIBLE, LOSSLESS, LOSSY, SHARE_UPDATE_EXCLUSIVE, Step


class Planner(TypeSteps, MemberSteps):
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
                blocked.append(f"{qname(a)} (partition key {a.partition_by or 'none'} -> {b.partition_by or 'none'})")
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


    # -- tables -------------------------------------------------------------
    def plan_tables(self):
        created = [t for k, t in self.new_tables.items() if k not in self.old_tables or k in self.rebuilt]
        dropped = [t for k, t in self.old_tables.items() if k not in self.new_tables and k not in self.rebuilt]
        self.move_aside(self.rebuilt)
        for table in r.table_order(created):
            dups = r.duplicate_uniques(table)
            self.add(TABLES, r.table_statement(table, (), dups)[:-1], table=qname(table), lock=ACCESS_EXCLUSIVE)
            for unique in dups:
                self.add(ADD_CONSTRAINTS, f"ALTER TABLE {qname(table)} ADD {r.key_clause(unique, 'UNIQUE')}")
            for check in table.checks:
                if check.not_valid:
                    self.add(ADD_CONSTRAINTS, f"ALTER TABLE {qname(table)} ADD {r.check_clause(check)} NOT VALID")
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
            self.add(DROP_TABLES, f"DROP TABLE {qname(table)}", table=qname(table), lock=ACCESS_EXCLUSIVE, data=LOSSY,
                     note=f"all rows of {qname(table)}", breaking=f"table {qname(table)} is removed")

    def _aside(self, table):
        return make_object_name(table.name, "", "ai_old")

    def move_aside(self, keys):
        """Rebuilt tables: the old one (its partitions, indexes and key constraints) takes other names,
        so the new one can be created under the old names; it is dropped once its rows are copied."""
        for key in sorted(keys, key=lambda k: (k[0] or "", k[1])):
            table = self.old_tables.get(key)
            if table is None:
                continue
            name = qname(table)
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
            old_columns = {c.name: c for c in all_columns(a, self.old_tables)}
            columns = [c for c in all_columns(b, self.new_tables) if c.generated is None
                       and c.name in old_columns and old_columns[c.name].generated is None]
            names = ", ".join(quote_ident(c.name) for c in columns)
            name = qname(b)
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
        name = qname(b)
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
        name = qname(b)
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
        name = qname(b)
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
        name = qname(b)
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
        name = qname(table)
        required = not col.nullable and col.default is None and not col.identity and col.generated is None
        self.add(TABLES, f"ALTER TABLE {name} ADD COLUMN {r.column_clause(table, col)}", table=name,
                 lock=ACCESS_EXCLUSIVE, rewrite=volatile(col.default) or col.generated is not None
                 or bool(col.identity),
                 data=IRREVERSIBLE if required else LOSSLESS,
                 note="fails if the table has rows: NOT NULL without a default" if required else None,
                 breaking=f"inserts into {name} must now set {col.name}" if required else None)

    def alter_column(self, table, a, b):
        name = qname(table)
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
        swapped = element_type(b.type) in self.swapped and b.name in self.retyped[(table.schema, table.name)]
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
            parts += sequence_changes(a.identity_options, b.identity_options, "SET ")
            if parts:
                self.add(TABLES, f"{alter} " + " ".join(parts), **facts)

    def retype(self, table, a, b, swapped):
        name = qname(table)
        col = quote_ident(b.name)
        text = f"ALTER TABLE {name} ALTER COLUMN {col} TYPE {b.type}"
        if b.collation:
            text += f" COLLATE {quote_ident(b.collation)}"
        if swapped or self._is_enum(a.type, self.old) or self._is_enum(b.type, self.new):
            # an enum has casts only to and from text: one enum to another (or a renamed one) goes through it
            arrays = "[]" * ((len(b.type) - len(element_type(b.type))) // 2)
            text += f" USING {col}::text{arrays}::{b.type}"
        elif element_type(a.type).split("(")[0] != element_type(b.type).split("(")[0]:
            text += f" USING {col}::{b.type}"
        rewrite = swapped or rewrites(a.type, b.type)
        lost = self.swapped[element_type(b.type)][1] if swapped else ()
        risky = bool(lost) if swapped else narrows(a.type, b.type)
        self.retyped[(table.schema, table.name)].add(b.name)
        self.add(TABLES, text, table=name, lock=ACCESS_EXCLUSIVE, rewrite=rewrite,
                 data=IRREVERSIBLE if risky else LOSSLESS,
                 note=(f"fails if {name}.{b.name} holds {', '.join(quote_literal(v) for v in lost)}" if lost else
                       f"fails (or rounds) when values of {name}.{b.name} do not fit {b.type}") if risky else None,
                 breaking=None if a.type == b.type else f"column {name}.{b.name} changes type {a.type} -> {b.type}")

    @staticmethod
    def _is_enum(type_, model):
        base = element_type(type_)
        return any(base in (qname(e), e.name) for e in model.enums)

    def set_not_null(self, table, col):
        name = qname(table)
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


    def plan_comments(self):
        """Comments on schemas, enums and sequences (tables' comments go with the tables)."""
        for kind, olds, news, target in (
                ("SCHEMA", self.old.namespaces, self.new.namespaces, lambda o: quote_ident(o.name)),
                ("TYPE", self.old.enums, self.new.enums, qname),
                ("SEQUENCE", self.old.sequences, self.new.sequences, qname)):
            before = {(getattr(o, "schema", None), o.name): o.comment for o in olds}
            for obj in news:
                key = (getattr(obj, "schema", None), obj.name)
                was = None if kind == "TYPE" and qname(obj) in self.swapped else before.get(key)
                if obj.comment != was and (key in before or obj.comment):
                    self.comment(kind, target(obj), obj.comment)

    # -- opaque objects: views, triggers, policies, comments, grants -----------------------------
    def plan_opaques(self):
        planned = ROUTINES + ("collation", "domain", "type", "default privileges")      # by plan_types
        old = {(o.kind, o.schema, o.name): o for o in self.old.opaques if o.kind not in planned}
        new = {(o.kind, o.schema, o.name): o for o in self.new.opaques if o.kind not in planned}
        changed = {k for k in old if k not in new or (new[k] != old[k] and k[0] != "comment")}
        changed |= self.blocked_by_columns(old)
        self.close_over_dependents(old, changed)
        drops = [old[k] for k in changed]
        views = r.opaque_order([o for o in drops if o.kind in RELATION_KINDS])
        for kind in DROP_ORDER[:-2]:
            for obj in sorted((o for o in drops if o.kind == kind), key=lambda o: (o.schema or "", o.name)):
                if kind == "comment" and (obj.kind, obj.schema, obj.name) in new:
                    continue
                self.add(DROP_DEPENDENTS, opaque_drop(obj))
        for obj in reversed(views):
            self.add(DROP_DEPENDENTS, opaque_drop(obj), table=qname(obj), lock=ACCESS_EXCLUSIVE,
                     data=LOSSY if obj.kind == "materialized view" and (obj.kind, obj.schema, obj.name) not in new
                     else LOSSLESS,
                     breaking=f"{obj.kind} {qname(obj)} is removed" if (obj.kind, obj.schema, obj.name) not in new
                     else None)
        creates = [o for k, o in new.items() if k not in old or k in changed or (k[0] == "comment" and old[k] != o)]
        for obj in r.opaque_order(creates):
            if obj.kind in RELATION_KINDS:
                self.add(CREATE_DEPENDENTS, obj.sql, table=qname(obj), lock=ACCESS_EXCLUSIVE)
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
                rel = rel_key(a.name, a.schema)
                for ident, obj in old.items():
                    if (obj.kind in RELATION_KINDS + ("statistics",) and rel in obj.depends_on) or (
                            obj.kind in ("trigger", "policy", "index") and obj.schema == a.schema and
                            obj.name.rpartition(".")[0] == a.name) or (
                            obj.kind in ("grant", "comment") and mentions(obj.name, a.name)):
                        blocked.add(ident)
                continue
            if b is not None:
                columns |= {c.name for c in a.columns if b.column(c.name) is None}
                columns |= {c.name for c in a.columns if b.column(c.name) and b.column(c.name).generated != c.generated}
            if not columns:
                continue
            rel = rel_key(a.name, a.schema)
            for ident, obj in old.items():
                if obj.kind in RELATION_KINDS and rel in obj.depends_on:
                    blocked.add(ident)
                elif obj.kind in ("trigger", "policy") and obj.schema == a.schema and \
                        obj.name.rpartition(".")[0] == a.name and any(mentions(obj.sql, c) for c in columns):
                    blocked.add(ident)
                elif obj.kind == "statistics" and rel in obj.depends_on and any(mentions(obj.sql, c) for c in columns):
                    blocked.add(ident)
        return blocked

    def close_over_dependents(self, old, changed):
        """Add to ``changed`` what sits on or reads a changed object, until nothing more is added."""
        grew = True
        while grew:
            grew = False
            relations = {rel_key(k[2], k[1]) for k in changed if k[0] in RELATION_KINDS}
            names = {k[2] for k in changed if k[0] in RELATION_KINDS + ("trigger", "policy")}
            for ident, obj in old.items():
                if ident in changed:
                    continue
                hit = False
                if obj.kind in RELATION_KINDS or obj.kind == "index":
                    hit = any(d in relations for d in obj.depends_on)
                elif obj.kind in ("trigger", "policy"):
                    hit = rel_key(obj.name.rpartition(".")[0], obj.schema) in relations
                elif obj.kind in ("comment", "grant"):
                    hit = any(mentions(obj.name, n.rpartition(".")[2]) for n in names)
                if hit:
                    changed.add(ident)
                    grew = True


def plan(old, new, safe=False, renames=None):
    """Ordered steps taking ``old`` to ``new``."""
    return Planner(old, new, safe, renames).steps()
