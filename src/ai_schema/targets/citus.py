"""Citus (distributed PostgreSQL): the PostgreSQL DDL with keys that include the distribution
column, then create_reference_table / create_distributed_table calls, related tables co-located.

The distribution column is tenant_id (or the option distribution_column) when the schema is
multi-tenant: every tenant-scoped table is distributed by it, co-located with the tenant table (distributed by its id), and foreign keys
between them gain tenant_id on both sides. Otherwise the most referenced table (or the option distribution_table) is distributed by
its key, the tables that reference it directly by that foreign key, and the rest become reference
tables. Foreign keys Citus cannot enforce (from a reference table to a distributed one, or between
distributed tables not through the distribution column) are left out with a warning.
"""

import dataclasses
from collections import Counter

from ..ddl.naming import comment_safe, qualified, quote_literal
from ..ddl.render import render_postgresql, table_order
from ..errors import AiSchemaError

TENANT_COLUMN = "tenant_id"


class Citus:
    name = "citus"

    def __init__(self, schema, options=None):
        self.schema = schema
        self.options = options or {}
        self.warnings = []
        self.tables = {t.name: t for t in schema.tables if t.schema is None and t.partition_of is None}
        self.tenant = self.options.get("distribution_column") or TENANT_COLUMN

    def warn(self, text):
        if text not in self.warnings:
            self.warnings.append(text)

    def single_pk(self, table):
        return table.primary_key.columns[0] if table.primary_key and len(table.primary_key.columns) == 1 else None

    def plan(self):
        """{table: distribution column} of distributed tables, the co-location anchor, and whether
        foreign keys between distributed tables are scoped by the distribution column."""
        column = self.tenant
        tenant_refs = Counter(fk.ref_table.name for t in self.tables.values() for fk in t.foreign_keys
                              if fk.columns == (column,) and fk.ref_table.name in self.tables)
        if tenant_refs:
            anchor = tenant_refs.most_common(1)[0][0]
            dist = {anchor: self.single_pk(self.tables[anchor])}
            dist.update({t.name: column for t in self.tables.values()
                         if t.name != anchor and t.column(column) is not None})
            return dist, anchor, True
        refs = Counter(fk.ref_table.name for t in self.tables.values() for fk in t.foreign_keys
                       if len(fk.columns) == 1 and fk.ref_table.name in self.tables and fk.ref_table.name != t.name)
        hubs = [name for name, _ in sorted(refs.items(), key=lambda kv: (-kv[1], kv[0]))
                if self.single_pk(self.tables[name])]
        chosen = self.options.get("distribution_table")
        if chosen is not None:
            if chosen not in self.tables or not self.single_pk(self.tables[chosen]):
                raise AiSchemaError(f"option distribution_table: no table {str(chosen)[:63]!r} with a one-column "
                                    "primary key", hint="Name the table the others hang off, e.g. customers.")
            hubs = [chosen]
        if not hubs:
            return {}, None, False
        anchor = hubs[0]
        dist = {anchor: self.single_pk(self.tables[anchor])}
        for t in self.tables.values():
            fk = next((f for f in sorted(t.foreign_keys, key=lambda f: f.columns)
                       if len(f.columns) == 1 and f.ref_table.name == anchor and t.name != anchor), None)
            if fk is not None:
                dist[t.name] = fk.columns[0]
        return dist, anchor, False

    @staticmethod
    def _with_column(columns, column):
        return columns if column in columns else (column,) + tuple(columns)

    def rewrite(self, table, dist, scoped):
        column = dist.get(table.name)
        fks = []
        for fk in table.foreign_keys:
            target = fk.ref_table.name
            if target not in self.tables:
                fks.append(fk)
            elif column is None and target in dist:
                self.warn(f"{table.name}: foreign key {fk.name} left out (a reference table cannot reference the "
                          f"distributed table {target})")
            elif column is not None and target in dist:
                target_col = dist[target]
                if fk.columns == (column,) and fk.ref_columns == (target_col,):
                    fks.append(fk)
                elif scoped and column == target_col == self.tenant:
                    fks.append(dataclasses.replace(fk, columns=self._with_column(fk.columns, column),
                                                   ref_columns=self._with_column(fk.ref_columns, target_col)))
                else:
                    self.warn(f"{table.name}: foreign key {fk.name} left out (not through the distribution column)")
            else:
                fks.append(fk)
        if column is None:
            return dataclasses.replace(table, foreign_keys=tuple(fks))
        pk = table.primary_key
        if pk is not None and column not in pk.columns:
            pk = dataclasses.replace(pk, columns=self._with_column(pk.columns, column))
        uniques = []
        for u in table.uniques:
            if column not in u.columns:
                self.warn(f"{table.name}: unique ({', '.join(u.columns)}) now holds per {column} (Citus needs the "
                          "distribution column in every key)")
                u = dataclasses.replace(u, columns=self._with_column(u.columns, column))
            uniques.append(u)
        indexes = []
        for i in table.indexes:
            if i.unique and column not in [k.strip('"') for k in i.keys]:
                self.warn(f"{table.name}: unique index {i.name} now holds per {column}")
                i = dataclasses.replace(i, keys=(column,) + i.keys)
            indexes.append(i)
        return dataclasses.replace(table, primary_key=pk, uniques=tuple(uniques), indexes=tuple(indexes),
                                   foreign_keys=tuple(fks))

    def render(self):
        dist, anchor, scoped = self.plan()
        tables = tuple(self.rewrite(t, dist, scoped) if t.name in self.tables else t for t in self.schema.tables)
        model = dataclasses.replace(self.schema, tables=tables)
        calls = []
        for table in table_order([t for t in tables if t.name in self.tables and t.name not in dist]):
            calls.append(f"SELECT create_reference_table({quote_literal(qualified(table.name))});")
        if anchor is not None:
            calls.append(f"SELECT create_distributed_table({quote_literal(qualified(anchor))}, "
                         f"{quote_literal(dist[anchor])});")
        for name in sorted(dist):
            if name != anchor:
                calls.append(f"SELECT create_distributed_table({quote_literal(qualified(name))}, "
                             f"{quote_literal(dist[name])}, colocate_with => {quote_literal(qualified(anchor))});")
        if anchor is None:
            self.warn("no table is referenced by others: every table is a reference table")
        head = ["-- citus DDL rendered by ai_schema: the PostgreSQL part, then the distribution",
                comment_safe(f"-- distribution: {', '.join(f'{t}({c})' for t, c in sorted(dist.items())) or 'none'}")]
        head += [f"-- WARNING: {comment_safe(w)}" for w in self.warnings]
        return "\n".join(head) + "\n\n" + render_postgresql(model) + "\n-- Citus distribution\n" + \
            "\n".join(calls) + "\n"
