"""Plan steps for a table's members that are not columns: constraints and indexes (dropped when
changed, created lock-friendly in safe mode, validated separately, foreign keys once both ends exist)."""

import dataclasses

from .. import model as m
from ..ddl import render as r
from ..ddl.naming import make_object_name, qualified, quote_ident
from .phases import DROP_CONSTRAINTS, ADD_CONSTRAINTS, qname, mentions, concurrently
from .steps import ACCESS_EXCLUSIVE, IRREVERSIBLE, LOSSLESS, SHARE, SHARE_ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, Step


class MemberSteps:
    """Mixed into :class:`.plan.Planner`."""

    # constraints and indexes
    def alter_members(self, a, b):
        """Keys, checks, exclusions, indexes of a table on both sides (foreign keys: plan_tables)."""
        name = qname(b)
        key = (b.schema, b.name)
        replaced_keys = False
        moved = self.swap_columns[key]

        def stale(text):             # bound to the old type of a swapped column: rebuilt after the swap
            return any(mentions(text, c) for c in moved)

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
        name = qname(table)
        step = Step(f"ALTER TABLE {name} DROP CONSTRAINT {quote_ident(constraint.name)}", table=name,
                    lock=ACCESS_EXCLUSIVE)
        phase = self.phases[DROP_CONSTRAINTS]
        phase.insert(0, step) if first else phase.append(step)

    def drop_index(self, table, index):
        target = qualified(index.name, table.schema)
        if self.safe and not table.partition_by:
            self.add(DROP_CONSTRAINTS, f"DROP INDEX CONCURRENTLY {target}", fallback=f"DROP INDEX {target}",
                     transactional=False, table=qname(table), lock=SHARE_UPDATE_EXCLUSIVE)
        else:
            self.add(DROP_CONSTRAINTS, f"DROP INDEX {target}", table=qname(table), lock=ACCESS_EXCLUSIVE)

    def add_index(self, table, index, existing=True):
        name = qname(table)
        plain = r.index_statement(table, index)[:-1]
        if self.safe and existing and table.partition_by:
            self.partitioned_index(table, index)
        elif self.safe and existing:
            self.add(ADD_CONSTRAINTS, concurrently(plain), fallback=plain, transactional=False, table=name,
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
        name = qname(table)
        plain = r.index_statement(table, index)[:-1]
        self.add(ADD_CONSTRAINTS, plain.replace(f" ON {name}", f" ON ONLY {name}", 1), table=name, lock=SHARE)
        for part in [t for t in self.new.tables if t.partition_of == table.ref and (t.schema, t.name)
                     in self.old_tables]:
            part_index = dataclasses.replace(index, name=make_object_name(part.name, index.name, ""), comment=None)
            text = r.index_statement(part, part_index)[:-1]
            self.add(ADD_CONSTRAINTS, concurrently(text), fallback=text,
                     transactional=False, table=qname(part), lock=SHARE_UPDATE_EXCLUSIVE, scan=True)
            self.add(ADD_CONSTRAINTS, f"ALTER INDEX {qualified(index.name, table.schema)} ATTACH PARTITION "
                                      f"{qualified(part_index.name, part.schema)}", table=name)

    def add_key(self, table, key, kind):
        name = qname(table)
        if self.safe and not table.partition_by:
            index = m.Index(name=key.name, keys=tuple(quote_ident(c) for c in key.columns), unique=True,
                            include=key.include, nulls_not_distinct=key.nulls_not_distinct)
            plain = r.index_statement(table, index)[:-1]
            self.add(ADD_CONSTRAINTS, concurrently(plain), fallback=plain,
                     transactional=False, table=name, lock=SHARE_UPDATE_EXCLUSIVE, scan=True, data=IRREVERSIBLE,
                     note="fails if existing rows are not unique")
            self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} ADD CONSTRAINT {quote_ident(key.name)} {kind} USING INDEX "
                                      f"{quote_ident(key.name)}{r.deferrable_clause(key)}", table=name,
                     lock=ACCESS_EXCLUSIVE)
            return
        self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} ADD {r.key_clause(key, kind)}", table=name,
                 lock=ACCESS_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note="fails if existing rows are not unique")

    def add_check(self, table, check):
        name = qname(table)
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
        name = qname(table)
        self.add(ADD_CONSTRAINTS, f"ALTER TABLE {name} VALIDATE CONSTRAINT {quote_ident(constraint)}", table=name,
                 lock=SHARE_UPDATE_EXCLUSIVE, scan=True, data=IRREVERSIBLE, note="fails if existing rows violate it")

    def add_foreign_key(self, table, fk, existing):
        name = qname(table)
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
