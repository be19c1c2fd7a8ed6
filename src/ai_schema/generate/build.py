"""Spec -> schema model, applying the house's best practices.

Plural snake_case tables, a surrogate key per table (identity, bigserial or
uuid), created_at/updated_at, an index for every foreign key, ON DELETE by
ownership (composition CASCADE, reference RESTRICT, optional SET NULL),
junction tables with composite primary keys, CHECKs for value sets and
ranges, tenant_id on tenant-scoped tables, identifiers that never need quotes.
"""

import re
from dataclasses import replace
from functools import lru_cache

from .. import model as m
from ..ddl.parse import parse_ddl
from ..ddl.naming import COL_NAME_KEYWORDS, NAMEDATALEN, _KEYWORDS, _clip, make_object_name
from . import lexicon, words as w
from .infer import plan_column
from .spec import Relation

EVENT_TABLE = re.compile(r"(^|_)(logs?|events?|downloads?|metrics?|measurements?|readings?|usages?|"
                         r"audits?|histor(y|ies)|activit(y|ies)|clicks?|views?|impressions?|plays?|"
                         r"listens?|movements?|transactions?)$")
UPDATED_AT_SQL = """
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
"""
UPDATED_AT_TRIGGER = ("CREATE TRIGGER {trigger} BEFORE UPDATE ON {table} "
                      "FOR EACH ROW EXECUTE FUNCTION set_updated_at();")
AUDIT_SQL = """
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    record_id text,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_data jsonb,
    new_data jsonb,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_table_name_record_id_idx ON audit_log (table_name, record_id);
CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, record_id, action, old_data, new_data)
    VALUES (TG_TABLE_NAME,
            CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ->> 'id' ELSE to_jsonb(NEW) ->> 'id' END,
            lower(TG_OP),
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END
$$;
"""
TENANT_POLICY = ("CREATE POLICY {trigger} ON {table} USING "
                 "({column} = current_setting('app.tenant_id', true)::{type});")
AUDIT_TRIGGER = ("CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                 "FOR EACH ROW EXECUTE FUNCTION audit_row_change();")

RENAMES = {"order": "sort_order", "position": "sort_order", "group": "group_name", "user": "username", "end": "ends_at",
           "start": "starts_at", "limit": "limit_value", "check": "check_value", "default": "default_value",
           "primary": "is_primary", "table": "table_name", "column": "column_name", "desc": "description",
           "time": "occurred_at", "timestamp": "occurred_at", "from": "from_value", "to": "to_value",
           "references": "reference_list"}
AGENTS = {"follow": ("follower", "followed"), "like": ("user", "post"), "block": ("blocker", "blocked"),
          "friend": ("user", "friend"), "mentor": ("mentor", "mentee")}


# words that open a statement: unreserved in PostgreSQL, but a CHECK expression starting with one
# ("set IN ('new', …)") reads as that statement in the other targets' translation (MySQL, SQLite)
STATEMENT_WORDS = frozenset("""set insert update delete merge copy show explain analyze call do execute
prepare replace truncate use begin commit rollback declare fetch move lock load listen notify vacuum
cluster checkpoint discard reindex reset savepoint start values""".split())


def safe_name(name, suffix="_value", renames=RENAMES):
    """A name that is never a keyword and fits in 63 bytes."""
    name = name or "unnamed"
    if name[0].isdigit():
        name = "n_" + name
    if name in _KEYWORDS or name in STATEMENT_WORDS:
        name = renames.get(name, name + suffix)
    return _clip(name, NAMEDATALEN - 1)


TENANT_ENTITIES = ("tenant", "organization", "organisation", "workspace")

class Builder:
    def __init__(self, spec, options, schema=None):
        self.spec = spec
        self.options = options
        self.schema = schema
        self.tables = {}                 # entity key -> table name
        self.columns = {}                # table -> list[Column]
        self.checks = {}
        self.uniques = {}
        self.scoped = {}                 # table -> [(column, entity key)]: unique among one thing's rows
        self.fks = {}
        self.pk = {}
        self.comments = {}
        self.assumptions = list(spec.assumptions)
        self.id_style = options.get("id_style", "identity")
        self.tenant_tables = {}          # table -> its tenant column
        self.rls_only = set()            # tenant tables with row-level security but plain indexes

    # ------------------------------------------------------------- naming
    def table_name(self, key):
        name = safe_name(w.plural(key) if self.options.get("plural_tables", True) else key, "_records", {})
        taken = set(self.tables.values())
        while name in taken:
            name += "_x"
        return name

    def key_type(self):
        return "uuid" if self.id_style == "uuid" else "bigint"

    # ------------------------------------------------------------- build
    def build(self):
        spec = self.spec
        for key in spec.entities:
            self.tables[key] = self.table_name(key)
        for key, entity in spec.entities.items():
            self._table(key, entity)
        for rel in spec.relations:
            if rel.source in self.tables and rel.target in self.tables:   # (a thing merged away refers to nothing)
                self._foreign_key(rel)
        for a, b, verb in spec.many_to_many:
            if a in self.tables and b in self.tables:
                self._junction(a, b, verb)
        for table, scoped in self.scoped.items():
            for column, within in scoped:
                found = [fk[0][0] for fk in self.fks[table] if fk[1] == self.tables.get(within) and len(fk[0]) == 1]
                self.uniques[table].append((found[0], column) if len(found) == 1 else (column,))
        for key, entity in spec.entities.items():
            if entity.pair_unique:
                self._pair_unique(self.tables[key])
            elif entity.unique_over:
                self._unique_over(self.tables[key], entity.unique_over)
        if spec.multi_tenant:
            if self.options.get("tenant_scoping", True):
                self._tenant_scope()
        elif self.options.get("tenant_scoping", True):
            self._tenant_rows()
        tables = [self._finish(t) for t in self.columns]
        if self.options.get("enable_partitioning"):
            tables = self._partition(tables)
        extra = self._triggers(tables)
        sequences = ()
        if self.id_style == "bigserial":
            sequences = tuple(m.Sequence(make_object_name(t.name, "id", "seq"), owned_by=(t.name, "id"))
                              for t in tables if t.columns and t.columns[0].name == "id")
        return m.Schema(sequences=sequences, tables=tuple(tables) + extra.tables,
                        opaques=extra.opaques), self.assumptions

    def _table(self, key, entity):
        table = self.tables[key]
        cols = [self._id_column()]
        self.pk[table] = ("id",)
        self.columns[table] = cols
        self.checks[table] = []
        self.uniques[table] = []
        self.scoped[table] = []
        self.fks[table] = []
        for name, attr in entity.attributes.items():
            column = name if attr.values and name in COL_NAME_KEYWORDS else safe_name(name)   # ("a position (jammer,
            #                             blocker, pivot)": one of those, no sort order; PostgreSQL takes it as a column)
            if column in ("id",) or any(c.name == column for c in cols):
                continue
            plan = plan_column(column, attr, self.options)
            cols.append(m.Column(column, plan.type, plan.nullable, plan.default))
            for expr in plan.checks:
                if self.options.get("check_constraints", True):
                    self.checks[table].append((column, expr))
            if attr.unique and attr.unique_within and attr.unique_within in self.spec.entities:
                self.scoped[table].append((column, attr.unique_within))   # (once the references are made)
            elif attr.unique:
                self.uniques[table].append((column,))
        if entity.hierarchy and not any(r.source == key and (r.target == key or r.role == "parent" or
                                                              r.target == "parent" and not r.role)
                                        for r in self.spec.relations):
            self.spec.relations.append(Relation(key, key, "parent", True))   # (not beside a reference to a
            #                                                                  parents table: one parent_id)
        if self.spec.soft_delete and not any(c.name == "deleted_at" for c in cols):
            cols.append(m.Column("deleted_at", "timestamp with time zone"))
        if self.options.get("timestamps", True):
            now = "now()"
            for stamp in ("created_at", "updated_at"):     # "when it was created" is the same column
                cols[:] = [c for c in cols if c.name != stamp]
                cols.append(m.Column(stamp, "timestamp with time zone", False, now))

    def _id_column(self):
        if self.id_style == "uuid":
            return m.Column("id", "uuid", False, "gen_random_uuid()")
        if self.id_style == "bigserial":
            return m.Column("id", "bigint", False, None)   # default set in _finish
        return m.Column("id", "bigint", False, None, identity="always")

    def _fk_column(self, table, column, target_table, nullable, on_delete):
        cols = self.columns[table]
        same = next((i for i, c in enumerate(cols) if c.name == column), None)
        if same is not None and cols[same].type != self.key_type():
            del cols[same]                     # ("customer_id" listed as a field, then a reference: the key's
            self.checks[table] = [c for c in self.checks[table] if c[0] != column]   # type, or no FK can apply)
            self.uniques[table] = [u for u in self.uniques[table] if u != (column,)]
            same = None
        if same is None:
            pos = next((i for i, c in enumerate(cols) if c.name in ("deleted_at", "created_at")), len(cols))
            cols.insert(pos, m.Column(column, self.key_type(), nullable))
        self.fks[table].append(((column,), target_table, ("id",), on_delete))

    def _foreign_key(self, rel):
        table, target = self.tables[rel.source], self.tables[rel.target]
        if rel.column:
            column = safe_name(rel.column)
        elif rel.source == rel.target:
            column = "parent_id" if rel.role in (None, "parent") else safe_name(f"{rel.role}_id")
        else:
            person = rel.role and rel.role in lexicon.person_nouns() and lexicon.holds_people(rel.target) and \
                all(r is rel or r.source != rel.source or r.target != rel.target for r in self.spec.relations)
            column = safe_name(f"{rel.role}_id" if person else            # ("borrower_id" -> users: one of
                               f"{rel.role}_{rel.target}_id" if rel.role else f"{rel.target}_id")   # them; a pair
            #                                                      of roles, follower and followed, names both)
        if self.options.get("on_delete", "ownership") == "restrict":
            on_delete, nullable = "RESTRICT", not (rel.owned or not rel.optional) or rel.source == rel.target
        elif rel.optional or rel.source == rel.target:
            on_delete, nullable = "SET NULL", True
        elif rel.owned:
            on_delete, nullable = "CASCADE", False
        else:
            on_delete, nullable = "RESTRICT", False
        self._fk_column(table, column, target, nullable, on_delete)
        if rel.unique and (column,) not in self.uniques[table]:
            self.uniques[table].append((column,))

    def _junction(self, a, b, verb):
        ta, tb = self.tables[a], self.tables[b]
        if a == b:
            agent, patient = AGENTS.get(verb or "", (a, "related_" + a))
            name = safe_name(f"{a}_{w.plural(verb)}" if verb in AGENTS else f"{a}_links")
            cols_ = (f"{agent}_id", f"{patient}_id")
        else:
            name = safe_name(f"{a}_{w.plural(b)}")
            cols_ = (f"{a}_id", f"{b}_id")
        while name in self.columns:
            name += "_links"
        self.columns[name] = [m.Column(c, self.key_type(), False) for c in cols_]
        self.columns[name].append(m.Column("created_at", "timestamp with time zone", False, "now()"))
        self.pk[name] = cols_
        self.checks[name] = []
        if a == b:
            self.checks[name].append((None, f"{cols_[0]} <> {cols_[1]}"))
        self.uniques[name] = []
        self.fks[name] = [((cols_[0],), ta, ("id",), "CASCADE"), ((cols_[1],), tb, ("id",), "CASCADE")]

    def _partition(self, tables):
        """Event and log tables nobody references: range partitions on created_at, a default partition."""
        referenced = {fk.ref_table.name for t in tables for fk in t.foreign_keys}
        out = []
        for t in tables:
            cols = {c.name for c in t.columns}
            if not EVENT_TABLE.search(t.name) or t.name in referenced or "created_at" not in cols \
                    or t.uniques or not t.primary_key or t.primary_key.columns != ("id",):
                out.append(t)
                continue
            pk = m.KeyConstraint(t.primary_key.name, ("id", "created_at"))
            out.append(m.Table(t.name, t.schema, t.columns, pk, t.uniques, t.checks, t.foreign_keys, (),
                               t.indexes, partition_by="range (created_at)"))
            out.append(m.Table(make_object_name(t.name, None, "default"), partition_of=m.Ref(t.name),
                               partition_bound="DEFAULT"))
            self.assumptions.append(f"{t.name} is range-partitioned by created_at; add a partition per month "
                                    f"(rows land in {t.name}_default until then)")
        return out

    def _triggers(self, tables):
        """updated_at kept current by a trigger; with audit, every change logged to audit_log."""
        plain = [t for t in tables if t.partition_of is None]
        parts = []
        stamped = [t for t in plain if any(c.name == "updated_at" for c in t.columns)]
        if stamped:
            parts.append(_parsed(UPDATED_AT_SQL))
            parts += [_trigger(UPDATED_AT_TRIGGER, t.name, "set_updated_at") for t in stamped]
        for t in plain:
            column = self.tenant_tables.get(t.name)
            if column:                       # each tenant sees its own rows: SET app.tenant_id per session
                template = TENANT_POLICY.replace("{column}", column).replace("{type}", self.key_type())
                parts.append(_trigger(template, t.name, "tenant_isolation"))
        if self.tenant_tables:
            self.assumptions.append("tenant tables have row-level security: each session sets app.tenant_id "
                                    "(SET app.tenant_id = '42') and sees only that tenant's rows")
        if self.spec.audit:
            parts.append(_parsed(AUDIT_SQL))
            parts += [_trigger(AUDIT_TRIGGER, t.name, "audit") for t in plain]
            self.assumptions.append("every insert, update and delete is recorded in audit_log by a trigger")
        return m.Schema(tables=tuple(t for p in parts for t in p.tables),
                        opaques=tuple(o for p in parts for o in p.opaques))

    def _pair_unique(self, table):
        """A like or a follow is made once per pair: UNIQUE over its two references."""
        pair = tuple(fk[0][0] for fk in self.fks[table][:2])
        if len(pair) == 2 and pair[0] != pair[1]:
            self.uniques[table].append(pair)
            if self.fks[table][0][1] == self.fks[table][1][1]:
                self.checks[table].append((None, f"{pair[0]} <> {pair[1]}"))

    def _unique_over(self, table, targets):
        """'one review per product' said of a customer: UNIQUE over the plain references to the two."""
        columns = []
        for target in targets:
            found = [fk[0][0] for fk in self.fks[table] if fk[1] == self.tables.get(target) and len(fk[0]) == 1]
            if len(found) != 1:
                return
            columns.append(found[0])
        if columns[0] != columns[1]:
            self.uniques[table].append(tuple(columns))

    def _tenant_rows(self):
        """An organization (tenant, workspace) that owns rows, in a text that did not ask for tenant
        scoping: the rows that name it directly get row-level security on that column (the linter reads
        such a design as multi-tenant too); nothing else changes."""
        tenant = next((k for k in self.spec.entities if k in TENANT_ENTITIES and not (
            k == "tenant" and self.spec.renters)), None)
        if tenant is None:
            return
        tenant_table = self.tables[tenant]
        for table in self.fks:                       # entities' tables and junction tables alike
            direct = [fk for fk in self.fks[table] if fk[1] == tenant_table and len(fk[0]) == 1]
            if table != tenant_table and direct:
                self.tenant_tables[table] = direct[0][0][0]
                self.rls_only.add(table)

    def _tenant_scope(self):
        """Tables that reach the tenant carry its key and row-level security."""
        tenant = next((k for k in self.spec.entities if k in TENANT_ENTITIES + ("account", "company")), None)
        if tenant is None:
            return
        tenant_table = self.tables[tenant]
        column = f"{tenant}_id"
        for key, table in self.tables.items():
            if key == tenant:
                continue
            direct = [fk for fk in self.fks[table] if fk[1] == tenant_table]
            if direct:                       # the tenant owns its rows
                self.fks[table] = [(c, t, r, "CASCADE" if t == tenant_table and d != "SET NULL" else d)
                                   for c, t, r, d in self.fks[table]]
                self.tenant_tables[table] = direct[0][0][0]
                continue
            # scoped when it reaches the tenant through a required foreign key
            if self._reaches(table, tenant_table, set()):
                self._fk_column(table, column, tenant_table, False, "CASCADE")
                self.tenant_tables[table] = column
                self.assumptions.append(f"{table} carries {column} so every query can filter by tenant")

    def _reaches(self, table, target, seen):
        if table in seen:
            return False
        seen.add(table)
        for cols, ref, _, on_delete in self.fks.get(table, ()):
            if ref == target and on_delete != "SET NULL":
                return True
            if on_delete != "SET NULL" and self._reaches(ref, target, seen):
                return True
        return False

    def _finish(self, table):
        cols = self.columns[table]
        if self.id_style == "bigserial" and cols[0].name == "id":
            seq = make_object_name(table, "id", "seq")          # the name PostgreSQL gives a serial's sequence
            cols[0] = m.Column("id", "bigint", False, f"nextval('{seq}')")
        pk_cols = self.pk[table]
        pk = m.KeyConstraint(make_object_name(table, None, "pkey"), pk_cols)
        checks = tuple(m.CheckConstraint(make_object_name(table, col, "check") if col else
                                         make_object_name(table, None, "check"), expr)
                       for col, expr in self.checks[table])
        uniques = tuple(m.KeyConstraint(make_object_name(table, "_".join(c), "key"), c)
                        for c in self.uniques[table])
        fks = tuple(m.ForeignKey(make_object_name(table, cols_[0], "fkey"), cols_, m.Ref(ref), rcols,
                                 on_delete=on_delete)
                    for cols_, ref, rcols, on_delete in self.fks[table])
        indexes = []
        leading = {pk_cols[0]} | {u[0] for u in self.uniques[table]}
        tenant = self.tenant_tables.get(table) if table not in self.rls_only else None
        for fk in fks if self.options.get("fk_indexes", True) else ():
            if fk.columns[0] in leading:
                continue
            keys = fk.columns
            if fk.columns[0] == tenant:
                leading.add(tenant)
            elif tenant:   # every lookup filters by tenant too; the key leads, as PostgreSQL's own check of
                keys = fk.columns + (tenant,)   # the reference (a DELETE of the parent) looks it up alone
            indexes.append(m.Index(make_object_name(table, "_".join(keys), "idx"), keys))
        if tenant and tenant not in leading:
            indexes.append(m.Index(make_object_name(table, tenant, "idx"), (tenant,)))
        return m.Table(table, None, tuple(cols), pk, uniques, checks, fks, (), tuple(indexes),
                       row_security=table in self.tenant_tables)


@lru_cache(maxsize=None)
def _parsed(sql):
    return parse_ddl(sql)


_TABLE, _TRIGGER = "tbl__placeholder", "trg__placeholder"


def _trigger(template, table, label):
    """The trigger of one table, from a template parsed once (parsing per table costs ms)."""
    model = _parsed(f"CREATE TABLE {_TABLE} ();\n" + template.format(trigger=_TRIGGER, table=_TABLE))
    name = make_object_name(table, None, label)
    ops = tuple(replace(o, name=f"{table}.{name}", sql=o.sql.replace(_TRIGGER, name).replace(_TABLE, table),
                        depends_on=tuple(table if d == _TABLE else d for d in o.depends_on))
                for o in model.opaques)
    return m.Schema(opaques=ops)


def build(spec, options):
    return Builder(spec, options).build()
