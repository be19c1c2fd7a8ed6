"""Plan steps for what tables stand on: schemas, extensions, enums, domains, composite types,
collations, default privileges, routines (in call order) and sequences; and the swap of a type
whose change ALTER TYPE cannot make (columns moved over through text)."""

from .. import sqlparser
from ..ddl import render as r
from ..ddl.types import canonical_type
from ..ddl.naming import make_object_name, qualified, quote_ident, quote_literal
from .phases import (TYPES, ADD_CONSTRAINTS, DROP_OBJECTS, DROP_TYPES, DROP_NAMESPACES, ROUTINES, qname,
                     element_type, sequence_changes, opaque_drop, version_key, default_privileges_undo, or_replace)
from .steps import ACCESS_EXCLUSIVE, LOSSY


class TypeSteps:
    """Mixed into :class:`.plan.Planner`."""

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
                if version_key(ext.version) < version_key(old_ext[name].version):
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
                self.add(TYPES, f"CREATE TYPE {qname(enum)} AS ENUM ({values})")
            elif before.values != enum.values:
                self.alter_enum(before, enum)
        for key, enum in old_enums.items():
            if key not in {(e.schema, e.name) for e in new.enums}:
                self.add(DROP_TYPES, f"DROP TYPE {qname(enum)}", breaking=f"type {qname(enum)} is removed")

        old_types = {(o.kind, o.schema, o.name): o for o in old.opaques if o.kind in ("collation", "domain", "type")}
        new_types = {(o.kind, o.schema, o.name): o for o in new.opaques if o.kind in ("collation", "domain", "type")}
        for key, obj in new_types.items():
            before = old_types.get(key)
            if before is None:
                self.add(TYPES, obj.sql)
            elif before.sql != obj.sql:
                if self.columns_of_type(qname(obj)):
                    self.swap(obj.kind, before, obj)
                else:
                    self.add(TYPES, opaque_drop(before))
                    self.add(TYPES, obj.sql)
        for key, obj in old_types.items():
            if key not in new_types:
                self.add(DROP_TYPES, opaque_drop(obj), breaking=f"{obj.kind} {qname(obj)} is removed")

        # default privileges change before objects are created, so they get the privileges the text says
        old_defaults = {o.name: o for o in old.opaques if o.kind == "default privileges"}
        new_defaults = {o.name: o for o in new.opaques if o.kind == "default privileges"}
        for key in sorted(set(old_defaults) - set(new_defaults)):
            self.add(TYPES, default_privileges_undo(old_defaults[key].sql))
        for key in sorted(set(new_defaults) - set(old_defaults)):
            self.add(TYPES, new_defaults[key].sql)
        # in call order: a SQL-standard body needs its callees when created, and blocks their drop
        old_routines = {(o.kind, o.schema, o.name): o for o in r.opaque_order(old.opaques) if o.kind in ROUTINES}
        new_routines = [o for o in r.opaque_order(new.opaques) if o.kind in ROUTINES]
        if any(old_routines.get((o.kind, o.schema, o.name)) != o for o in new_routines):
            self.add(TYPES, "SET check_function_bodies = false")
        for obj in new_routines:
            before = old_routines.get((obj.kind, obj.schema, obj.name))
            if before is None:
                self.add(TYPES, obj.sql)
            elif before.sql != obj.sql:
                self.add(TYPES, or_replace(obj))
        for key, obj in reversed(old_routines.items()):
            if key not in {(o.kind, o.schema, o.name) for o in new_routines}:
                self.add(DROP_OBJECTS, opaque_drop(obj), breaking=f"{obj.kind} {obj.name} is removed")

        old_seqs = {(s.schema, s.name): s for s in old.sequences}
        for seq in new.sequences:
            before = old_seqs.get((seq.schema, seq.name))
            if before is None:
                clauses = r.sequence_clauses(seq.options)
                self.add(TYPES, f"CREATE SEQUENCE {qname(seq)}" + "".join(" " + c for c in clauses))
            else:
                low = seq.options.min_value
                if low is not None and (before.options.min_value or 1) < low and (seq.options.increment or 1) > 0:
                    self.add(TYPES, f"SELECT pg_catalog.setval({quote_literal(qname(seq))}, {low}, false) "
                                    f"FROM {qname(seq)} WHERE last_value < {low}",
                             note="moves the sequence up to its new MINVALUE if it is below")
                clauses = sequence_changes(before.options, seq.options)
                if before.options.type != seq.options.type:
                    clauses.insert(0, f"AS {seq.options.type or 'bigint'}")
                if clauses:
                    self.add(TYPES, f"ALTER SEQUENCE {qname(seq)} " + " ".join(clauses))
            if seq.owned_by and (before is None or before.owned_by != seq.owned_by):
                owner = qualified(seq.owned_by[0], seq.schema)
                self.add(ADD_CONSTRAINTS, f"ALTER SEQUENCE {qname(seq)} OWNED BY {owner}.{quote_ident(seq.owned_by[1])}")
            elif before is not None and before.owned_by and not seq.owned_by:
                self.add(TYPES, f"ALTER SEQUENCE {qname(seq)} OWNED BY NONE")
        new_seqs = {(s.schema, s.name) for s in new.sequences}
        for key, seq in old_seqs.items():
            if key not in new_seqs:
                exists = " IF EXISTS" if seq.owned_by else ""    # an owned sequence goes with its column
                self.add(DROP_OBJECTS, f"DROP SEQUENCE{exists} {qname(seq)}", data=LOSSY,
                         note=f"the current value of sequence {qname(seq)}")

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
            self.add(TYPES, f"ALTER TYPE {qname(enum)} ADD VALUE IF NOT EXISTS {quote_literal(value)}{where}",
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
                if old_col and element_type(col.type) == type_name and element_type(old_col.type) == type_name:
                    found.append((key, col.name))
        return found

    def swap(self, kind, before, after):
        """Replace a type in use and move every column over (text cast) in the tables phase.

        Enums and composite types: rename the old type, create the new one, drop the old one at
        the end; labels a removed enum value held make the cast fail. Domains: columns go to the
        base type first, then the domain is dropped and created again, so its constraints get
        the names a fresh CREATE DOMAIN gives them."""
        name = qname(after)
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
                target = f"ALTER TABLE {qname(table)} ALTER COLUMN {quote_ident(column)}"
                if table.column(column).default is not None:
                    self.add(TYPES, f"{target} DROP DEFAULT", table=qname(table), lock=ACCESS_EXCLUSIVE)
                self.add(TYPES, f"{target} TYPE {base}", table=qname(table), lock=ACCESS_EXCLUSIVE)
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
