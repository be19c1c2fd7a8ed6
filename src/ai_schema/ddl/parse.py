"""DDL text -> model, through pglast's AST.

Accepts the schema DDL people write and pg_dump --schema-only emits. Objects
qualified with the target namespace (``default_schema``, 'public' unless told
otherwise) are stored unqualified. Unnamed constraints and indexes get the
names the server would give them. Physical settings (owners, tablespaces,
storage parameters, statistics, CLUSTER ON, replica identity) are not part of
the model and are skipped; statements that are not schema definitions
(DELETE, COPY, DO, DROP …) are refused with their position.
"""

import dataclasses

from .. import model as m
from .. import jsonast, sqlparser
from ..errors import AiSchemaError
from ..sqlparser import ast, enums
from . import expr as ex
from . import tree
from .objects import OpaqueObjects
from .privileges import Privileges
from .statements import error_at, not_schema
from .sequences import canonical_sequence_options, sequence_options
from .naming import NameChooser, column_part, qualified, quote_ident, quote_literal
from .types import column_type

OBJ = enums.ObjectType

FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
FK_MATCH = {"s": "SIMPLE", "f": "FULL", "p": "PARTIAL"}
# Statements that only change session settings or ownership: harmless, not part of the model.
_IGNORED = {"VariableSetStmt", "AlterOwnerStmt"}


# ALTER TABLE sub-commands about physical storage or ownership.
_IGNORED_AT = frozenset(("AT_ChangeOwner", "AT_ClusterOn", "AT_DropCluster", "AT_SetStatistics", "AT_SetStorage",
                         "AT_SetRelOptions", "AT_ResetRelOptions", "AT_SetTableSpace", "AT_SetCompression"))


class TableDraft:
    """Mutable draft of a table while statements are applied."""

    def __init__(self, name, schema):
        self.name, self.schema = name, schema
        self.columns = {}            # name -> dict of Column fields (insertion-ordered)
        self.primary_key = None
        self.uniques, self.checks, self.foreign_keys, self.exclusions = [], [], [], []
        self.indexes = {}
        self.partition_by = self.partition_of = self.partition_bound = None
        self.unlogged = self.row_security = self.force_row_security = False
        self.replica_identity = self.comment = None
        self.parent = None           # a partition's parent draft: its columns are the parent's
        self.inherits = []           # INHERITS parents' drafts: their columns are inherited, not the table's

    @property
    def ref(self):
        return m.Ref(self.name, self.schema)

    def types(self):
        inherited = self.parent.types() if self.parent is not None else {}
        for parent in self.inherits:
            inherited = {**parent.types(), **inherited}
        return {**inherited, **{name: col["type"] for name, col in self.columns.items()}}

    def column(self, name, statement):
        """A column to read or change; a partition's column is a copy of its parent's that the
        partition may make NOT NULL or give its own default (kept only where it differs)."""
        if name not in self.columns and self.parent is not None:
            try:
                self.columns[name] = dict(self.parent.column(name, statement))
            except AiSchemaError:
                pass
        for parent in self.inherits if name not in self.columns else ():
            if name in parent.columns or parent.inherits:
                try:
                    self.columns[name] = dict(parent.column(name, statement), _inherited=True)
                    break
                except AiSchemaError:
                    pass
        if name not in self.columns:
            raise error_at(statement, f'column "{name}" of table "{self.name}" does not exist')
        return self.columns[name]

    def freeze(self):
        return m.Table(
            name=self.name, schema=self.schema,
            columns=tuple(m.Column(**c) for c in self.columns.values()),
            primary_key=self.primary_key, uniques=tuple(self.uniques), checks=tuple(self.checks),
            foreign_keys=tuple(self.foreign_keys), exclusions=tuple(self.exclusions),
            indexes=tuple(self.indexes.values()), partition_by=self.partition_by,
            partition_of=self.partition_of, partition_bound=self.partition_bound,
            unlogged=self.unlogged, row_security=self.row_security,
            force_row_security=self.force_row_security, replica_identity=self.replica_identity,
            inherits=tuple(p.ref for p in self.inherits), comment=self.comment)


def _overrides(col, parent, name):
    """Does a partition's column differ from its parent's (NOT NULL or a default of its own)?"""
    own = parent.columns.get(name) if parent is not None else None
    if own is None:
        return False
    if own is not col:
        for key in ("type", "collation", "identity", "identity_options", "generated", "comment"):
            if key in own:
                col[key] = own[key]
            else:
                col.pop(key, None)
    return col.get("nullable", True) != own.get("nullable", True) or col.get("default") != own.get("default")


def replica_identity(kind, index=None):
    """The model's spelling of a REPLICA IDENTITY (pg_class.relreplident 'd', 'f', 'n' or 'i')."""
    return {"d": None, "f": "FULL", "n": "NOTHING"}.get(kind) if kind != "i" else f"USING INDEX {quote_ident(index)}"


_INDEX_KINDS = ("CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_EXCLUSION")
_TABLE_LEVEL = frozenset(_INDEX_KINDS + ("CONSTR_CHECK", "CONSTR_FOREIGN"))
_DEFERRABILITY = frozenset(("CONSTR_ATTR_DEFERRABLE", "CONSTR_ATTR_NOT_DEFERRABLE", "CONSTR_ATTR_DEFERRED",
                            "CONSTR_ATTR_IMMEDIATE"))


def _creation_order(constraints):
    """CREATE TABLE's constraints (JSON) in the order the server names them, duplicates removed.

    CHECKs are made with the table, then the primary key, then UNIQUE/EXCLUDE, then
    foreign keys. Like transformIndexConstraints(), an index constraint identical to an
    earlier one (the primary key first) is dropped, passing its name on if the earlier
    one had none.
    """
    checks = [c for c in constraints if c["contype"] == "CONSTR_CHECK"]
    indexes = [c for c in constraints if c["contype"] == "CONSTR_PRIMARY"][:1]
    indexes += [c for c in constraints if c["contype"] in _INDEX_KINDS and c not in indexes]
    kept = []
    for con in indexes:
        prior = next((i for i, k in enumerate(kept) if _same_index(k, con)), None)
        if prior is None:
            kept.append(con)
        elif kept[prior].get("conname") is None:
            kept[prior] = dict(kept[prior], conname=con.get("conname"))
    others = [c for c in constraints if c["contype"] not in _INDEX_KINDS and c["contype"] != "CONSTR_CHECK"]
    return checks + kept + others


def _same_index(a, b):
    def key(c):
        return (tree.json_names(c.get("keys")), tree.json_names(c.get("including")),
                repr(c.get("where_clause")), repr(c.get("exclusions")), c.get("access_method"), bool(c.get("nulls_not_distinct")),
                bool(c.get("deferrable")), bool(c.get("initdeferred")))
    return key(a) == key(b)


class Parser(OpaqueObjects, Privileges):
    def __init__(self, default_schema="public"):
        self.default_schema = default_schema
        self.tables = {}
        self.enums = {}
        self.sequences = {}
        self.extensions = {}
        self.namespaces = {}
        self.opaques = {}
        self.attached_indexes = set()
        self.choosers = {}
        self.default_grants = []     # (TABLES|SEQUENCES, schema or None, grantee, privileges, grant, option)
        self.acls = {}               # (object, grantee) -> privileges held, with grant option

    # -- helpers ---------------------------------------------------------
    def schema_of(self, name):
        return None if name in (None, self.default_schema) else name

    def chooser(self, schema):
        return self.choosers.setdefault(schema, NameChooser())

    def table(self, rangevar, statement):
        schema, name = tree.relation(rangevar)
        key = (self.schema_of(schema), name)
        if key not in self.tables:
            raise error_at(statement, f'table "{name}" is not defined before this statement',
                         hint="Create the table earlier in the same DDL.", sqlstate="42P01")
        return self.tables[key]

    def ref(self, rangevar):
        schema, name = tree.relation(rangevar)
        return m.Ref(name, self.schema_of(schema))

    def add_opaque(self, kind, name, node, schema=None, depends_on=()):
        sql = sqlparser.deparse(node)
        self.opaques[(kind, schema, name)] = m.Opaque(kind=kind, name=name, sql=sql, schema=schema,
                                                      depends_on=tuple(sorted(set(depends_on))))

    def unqualify(self, rangevar):
        """Drop the target namespace from a RangeVar so canonical text is namespace-relative."""
        if rangevar is not None and rangevar.schemaname == self.default_schema:
            rangevar.schemaname = None
        return rangevar

    # -- entry point -------------------------------------------------------
    def run(self, text, statements=None):
        for statement in statements if statements is not None else sqlparser.each_statement(text):
            self.statement(statement)
        return self.result()

    def statement(self, statement):
        """Hand a statement to its reader: ``json_<Kind>`` reads libpg_query's JSON (the statements
        every schema is made of, read without making nodes), ``on_<Kind>`` pglast's nodes."""
        kind = statement.kind
        if kind in _IGNORED:
            return
        reader = getattr(self, "json_" + kind, None)
        if reader is not None:
            return reader(statement.raw[kind], statement)
        handler = getattr(self, "on_" + kind, None)
        if handler is None:
            raise not_schema(statement)
        handler(statement.node, statement)

    def result(self):
        self.finish_acls()
        opaques = list(self.opaques.values())
        return m.Schema(
            namespaces=tuple(self.namespaces.values()), extensions=tuple(self.extensions.values()),
            enums=tuple(self.enums.values()), sequences=tuple(self.sequences.values()),
            tables=tuple(self.finish_table(t) for t in self.tables.values()), opaques=tuple(opaques))

    def finish_table(self, draft):
        if draft.inherits:               # columns a constraint named but the table inherited are not its own
            draft.columns = {n: c for n, c in draft.columns.items() if not c.pop("_inherited", False)}
        if draft.partition_of is not None:
            parent = self.tables.get((draft.partition_of.schema, draft.partition_of.name))
            draft.columns = {name: col for name, col in draft.columns.items() if _overrides(col, parent, name)}
        for name in self.attached_indexes:
            draft.indexes.pop(name, None)
        return draft.freeze()

    # -- selects that pg_dump emits ------------------------------------------
    def on_SelectStmt(self, node, statement):
        target = node.targetList[0].val if node.targetList and len(node.targetList) == 1 else None
        if (isinstance(target, ast.FuncCall) and node.fromClause is None
                and tree.names(target.funcname)[-1] == "set_config"):
            return
        raise not_schema(statement)

    # -- schemas, extensions, types, sequences --------------------------------
    def on_CreateSchemaStmt(self, node, statement):
        # The target namespace and public (which every database has) are not part of a design.
        if node.schemaname not in (self.default_schema, "public"):
            self.namespaces[node.schemaname] = m.Namespace(node.schemaname)
            self.apply_default_grants("SCHEMAS", None, quote_ident(node.schemaname))
        for element in node.schemaElts or ():
            for attr in ("relation", "sequence"):
                rv = getattr(element, attr, None)
                if isinstance(rv, ast.RangeVar) and rv.schemaname is None:
                    rv.schemaname = node.schemaname
            self.statement(sqlparser.Statement(element, statement.text, statement.offset, statement.source))

    def on_CreateExtensionStmt(self, node, statement):
        if node.extname in ("plpgsql",):
            return
        schema = next((o.arg.sval for o in node.options or () if o.defname == "schema"), None)
        version = next((o.arg.sval for o in node.options or () if o.defname == "new_version"), None)
        self.extensions[node.extname] = m.Extension(node.extname, self.schema_of(schema), version)

    def on_AlterExtensionStmt(self, node, statement):
        """ALTER EXTENSION … UPDATE [TO 'v']: the version the schema expects."""
        ext = self.extensions.get(node.extname)
        if ext is None:
            raise error_at(statement, f'extension "{node.extname}" is not created before this statement',
                         sqlstate="42704")
        version = next((o.arg.sval for o in node.options or () if o.defname == "new_version"), None)
        self.extensions[node.extname] = dataclasses.replace(ext, version=version)

    def on_CreateEnumStmt(self, node, statement):
        schema, name = self.type_identity(node.typeName)
        self.enums[(schema, name)] = m.EnumType(name=name, schema=schema, values=tree.names(node.vals))
        self.apply_default_grants("TYPES", schema, qualified(name, schema))

    def type_identity(self, names):
        names = tree.names(names)
        return (self.schema_of(names[0]), names[1]) if len(names) == 2 else (None, names[-1])

    def on_AlterEnumStmt(self, node, statement):
        key = self.type_identity(node.typeName)
        enum = self.enums.get(key)
        if enum is None:
            raise error_at(statement, f'type "{key[1]}" is not defined before this statement', sqlstate="42704")
        values = list(enum.values)
        if node.oldVal:
            values[values.index(node.oldVal)] = node.newVal
        elif node.newVal not in values:
            if node.newValNeighbor:
                at = values.index(node.newValNeighbor) + (1 if node.newValIsAfter else 0)
                values.insert(at, node.newVal)
            else:
                values.append(node.newVal)
        self.enums[key] = m.EnumType(name=enum.name, schema=enum.schema, values=tuple(values), comment=enum.comment)

    def on_CreateSeqStmt(self, node, statement):
        schema = self.schema_of(node.sequence.schemaname)
        name = node.sequence.relname
        self.chooser(schema).take_relation(name)
        owned = next((o for o in node.options or () if o.defname == "owned_by"), None)
        self.sequences[(schema, name)] = m.Sequence(name=name, schema=schema, options=sequence_options(node.options),
                                                    owned_by=self.owned_by(owned, statement))
        self.apply_default_grants("SEQUENCES", schema, qualified(name, schema))

    def owned_by(self, option, statement):
        if option is None:
            return None
        parts = tree.names(option.arg)
        if parts == ("none",):
            return None
        if len(parts) < 2:
            raise error_at(statement, "OWNED BY needs table.column")
        return (parts[-2], parts[-1])

    def on_AlterSeqStmt(self, node, statement):
        key = (self.schema_of(node.sequence.schemaname), node.sequence.relname)
        seq = self.sequences.get(key)
        if seq is None:
            raise error_at(statement, f'sequence "{key[1]}" is not defined before this statement', sqlstate="42P01")
        owned = next((o for o in node.options or () if o.defname == "owned_by"), None)
        others = [o for o in node.options or () if o.defname != "owned_by"]
        options = seq.options
        if others:
            merged = {k: v for k, v in vars_of(options).items() if v is not None}
            merged.update({k: v for k, v in vars_of(sequence_options(others)).items() if v is not None and v is not False})
            options = canonical_sequence_options(merged)
        self.sequences[key] = m.Sequence(name=seq.name, schema=seq.schema, options=options,
                                         owned_by=self.owned_by(owned, statement) if owned else seq.owned_by,
                                         comment=seq.comment)

    # -- tables ---------------------------------------------------------
    def json_CreateStmt(self, node, statement):
        rv = node["relation"]
        name = rv["relname"]
        schema = self.schema_of(rv.get("schemaname"))
        if (schema, name) in self.tables:
            if node.get("if_not_exists"):
                return
            raise error_at(statement, f'table "{name}" is defined twice', sqlstate="42P07")
        if "ofTypename" in node:
            raise error_at(statement, "typed tables (OF type) are not supported")
        draft = TableDraft(name, schema)
        draft.unlogged = rv.get("relpersistence") == "u"
        if rv.get("relpersistence") == "t":
            raise error_at(statement, "temporary tables are not schema objects")
        chooser = self.chooser(schema)
        self.tables[(schema, name)] = draft
        parents = [p["RangeVar"] for p in node.get("inhRelations", ())]
        if "partbound" in node:
            draft.partition_of = self.ref(parents[0])
            draft.partition_bound = self.partition_bound(jsonast.to_node(node["partbound"], "PartitionBoundSpec"))
            draft.parent = self.tables.get((draft.partition_of.schema, draft.partition_of.name))
        elif parents:
            draft.inherits = [self.table(p, statement) for p in parents]
        if "partspec" in node:
            draft.partition_by = self.partition_spec(jsonast.to_node(node["partspec"], "PartitionSpec"), draft)
        deferred = []
        for element in node.get("tableElts", ()):
            (kind, fields), = element.items()
            if kind == "ColumnDef":
                deferred.extend(self.column(draft, fields, statement))
            elif kind == "Constraint":
                deferred.append(fields)
            elif kind == "TableLikeClause":
                raise error_at(statement, "CREATE TABLE … (LIKE …) is not supported; list the columns")
        self.generated_columns(draft)
        # The server creates the table (and its name) before its indexes and constraints.
        chooser.take_relation(name)
        types = draft.types() if deferred else None       # the CHECKs' column types: one dict for all
        for constraint in _creation_order(deferred):
            self.constraint(draft, constraint, statement, types)
        self.apply_default_grants("TABLES", schema, qualified(name, schema))

    def partition_spec(self, spec, draft):
        for elem in spec.partParams or ():
            if elem.expr is not None:
                elem.expr = ex.normalize(elem.expr, draft.types())
        return sqlparser.deparse(spec)

    def partition_bound(self, bound):
        for attr in ("listdatums", "lowerdatums", "upperdatums"):
            values = getattr(bound, attr)
            if values:
                setattr(bound, attr, tuple(ex.normalize(v, None, top_level_literal=True) for v in values))
        return sqlparser.deparse(bound)

    def column(self, draft, coldef, statement):
        """Put a ColumnDef (JSON) on the draft; its constraints that are the table's are returned."""
        name = coldef["colname"]
        if name in draft.columns:
            raise error_at(statement, f'column "{name}" is defined twice', sqlstate="42701")
        type_name = coldef.get("typeName")
        if type_name is None and draft.parent is not None:
            return self.partition_column(draft, coldef, statement)
        if type_name is None:
            raise error_at(statement, f'column "{name}" has no type')
        col = {"name": name, "nullable": True}
        serial, col["type"] = column_type(type_name, self.default_schema)
        if "collClause" in coldef:
            col["collation"] = tree.json_names(coldef["collClause"]["collname"])[-1]
        draft.columns[name] = col
        if serial:
            self.add_serial(draft, col, serial)
        if coldef.get("is_not_null"):
            col["nullable"] = False
        table_level = []
        last = None
        for con in coldef.get("constraints", ()):
            con = con["Constraint"]
            ct = con["contype"]
            if ct in _DEFERRABILITY:
                if last is None:
                    raise error_at(statement, "misplaced DEFERRABLE clause")
                last["deferrable"] = last.get("deferrable") or ct in ("CONSTR_ATTR_DEFERRABLE", "CONSTR_ATTR_DEFERRED")
                last["initdeferred"] = last.get("initdeferred") or ct == "CONSTR_ATTR_DEFERRED"
                continue
            if ct == "CONSTR_NOTNULL":
                col["nullable"] = False
            elif ct == "CONSTR_NULL":
                col["nullable"] = True
            elif ct == "CONSTR_DEFAULT":
                col["default"] = self.default_text(con["raw_expr"])
            elif ct == "CONSTR_IDENTITY":
                self.identity(draft, col, con)
            elif ct == "CONSTR_GENERATED":
                col["generated"] = con["raw_expr"]
            elif ct in _TABLE_LEVEL:
                last = dict(con)           # a copy: the statement's JSON stays as parsed
                if ct in ("CONSTR_PRIMARY", "CONSTR_UNIQUE") and not con.get("keys"):
                    last["keys"] = tree.json_strings((name,))
                if ct == "CONSTR_FOREIGN" and not con.get("fk_attrs"):
                    last["fk_attrs"] = tree.json_strings((name,))
                table_level.append(last)
            else:
                raise error_at(statement, f"column constraint {ct} is not supported")
        return table_level

    def partition_column(self, draft, coldef, statement):
        """'PARTITION OF t (foo NOT NULL, bar DEFAULT 0, PRIMARY KEY (…))': options on a parent's column."""
        col = draft.column(coldef["colname"], statement)
        table_level = []
        for con in coldef.get("constraints", ()):
            con = con["Constraint"]
            ct = con["contype"]
            if ct == "CONSTR_NOTNULL":
                col["nullable"] = False
            elif ct == "CONSTR_DEFAULT":
                col["default"] = self.default_text(con["raw_expr"])
            elif ct in ("CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_CHECK"):
                if ct != "CONSTR_CHECK" and not con.get("keys"):
                    con = dict(con, keys=tree.json_strings((coldef["colname"],)))
                table_level.append(con)
            else:
                raise error_at(statement, f"column option {ct} on a partition is not supported")
        return table_level

    def default_text(self, node):
        return ex.expression_text(node, None, top_level_literal=True, default_schema=self.default_schema)

    def add_serial(self, draft, col, base):
        chooser = self.chooser(draft.schema)
        seqname = chooser.choose(draft.name, col["name"], "seq")
        chooser.take_relation(seqname)
        options = m.SequenceOptions(type=None if base == "bigint" else base)
        self.sequences[(draft.schema, seqname)] = m.Sequence(
            name=seqname, schema=draft.schema, options=options, owned_by=(draft.name, col["name"]))
        qualified = f"{draft.schema}.{seqname}" if draft.schema else seqname
        col["default"] = self.default_text(ex.parse_expression(f"nextval({quote_literal(qualified)})"))
        col["nullable"] = False

    def identity(self, draft, col, con):
        """An identity column, from its Constraint (JSON)."""
        options = con.get("options")
        set_identity(col, "always" if con.get("generated_when") == "a" else "by default",
                     sequence_options(jsonast.to_node(options), column_type=col["type"]) if options else None)
        chooser = self.chooser(draft.schema)
        chooser.take_relation(chooser.choose(draft.name, col["name"], "seq"))

    def generated_columns(self, draft):
        for col in draft.columns.values():
            if isinstance(col.get("generated"), dict):     # (its JSON, until it is text)
                col["generated"] = ex.expression_text(col["generated"], draft.types())

    def constraint(self, draft, con, statement, types=None):
        """Put a table's Constraint (JSON) on its draft; ``types``: its columns' (draft.types())."""
        chooser = self.chooser(draft.schema)
        ct = con["contype"]
        name = con.get("conname")
        if ct == "CONSTR_PRIMARY":
            if draft.primary_key is not None:
                raise error_at(statement, f'table "{draft.name}" has two primary keys', sqlstate="42P16")
            name = name or con.get("indexname") or chooser.choose(draft.name, None, "pkey", constraint=True)
            draft.primary_key = self.key(con, name, draft, statement)
            for column in draft.primary_key.columns:
                draft.column(column, statement)["nullable"] = False
        elif ct == "CONSTR_UNIQUE":
            columns = tree.json_names(con.get("keys")) + tree.json_names(con.get("including"))
            name = name or con.get("indexname") or chooser.choose(draft.name, column_part(columns), "key",
                                                                  constraint=True)
            draft.uniques.append(self.key(con, name, draft, statement))
        elif ct == "CONSTR_CHECK":
            if name is None:
                refs = ex.column_names(con["raw_expr"])
                name = chooser.choose(draft.name, refs[0] if len(refs) == 1 else None, "check",
                                      constraint=True, relation=False)
            draft.checks.append(m.CheckConstraint(
                name=name, expression=ex.expression_text(con["raw_expr"], types or draft.types()),
                no_inherit=bool(con.get("is_no_inherit")), not_valid=bool(con.get("skip_validation"))))
        elif ct == "CONSTR_FOREIGN":
            columns = tree.json_names(con.get("fk_attrs"))
            name = name or chooser.choose(draft.name, column_part(columns), "fkey", constraint=True, relation=False)
            ref_columns = tree.json_names(con.get("pk_attrs")) or self.referenced_key(con["pktable"], statement)
            draft.foreign_keys.append(m.ForeignKey(
                name=name, columns=columns, ref_table=self.ref(con["pktable"]), ref_columns=ref_columns,
                on_delete=FK_ACTIONS[con.get("fk_del_action", "a")],
                on_update=FK_ACTIONS[con.get("fk_upd_action", "a")], match=FK_MATCH[con.get("fk_matchtype", "s")],
                deferrable=bool(con.get("deferrable")), initially_deferred=bool(con.get("initdeferred")),
                not_valid=bool(con.get("skip_validation"))))
        elif ct == "CONSTR_EXCLUSION":
            name = self.exclusion(draft, jsonast.to_node(con, "Constraint"))
        else:
            raise error_at(statement, f"table constraint {ct} is not supported")
        if ct != "CONSTR_CHECK" and ct != "CONSTR_FOREIGN":
            chooser.take_relation(name)
        chooser.take_constraint(name)

    def exclusion(self, draft, con):
        """Put an EXCLUDE constraint (a node: its definition is printed) on the draft; its name."""
        columns = [e[0].name or "expr" for e in con.exclusions]
        name = con.conname or self.chooser(draft.schema).choose(draft.name, column_part(columns), "excl",
                                                                constraint=True)
        deferrable, deferred = bool(con.deferrable), bool(con.initdeferred)
        con.conname, con.deferrable, con.initdeferred = None, False, False
        for pair in con.exclusions:
            if pair[0].expr is not None:
                pair[0].expr = ex.normalize(pair[0].expr, draft.types())
        if con.where_clause is not None:
            con.where_clause = ex.normalize(con.where_clause, draft.types())
        draft.exclusions.append(m.ExclusionConstraint(
            name=name, definition=sqlparser.deparse(con), deferrable=deferrable, initially_deferred=deferred))
        return name

    def key(self, con, name, draft, statement):
        if con.get("indexname"):
            return self.key_using_index(con, name, draft, statement)
        columns = tree.json_names(con.get("keys"))
        for column in columns:
            draft.column(column, statement)
        return m.KeyConstraint(name=name, columns=columns, include=tree.json_names(con.get("including")),
                               deferrable=bool(con.get("deferrable")), initially_deferred=bool(con.get("initdeferred")),
                               nulls_not_distinct=bool(con.get("nulls_not_distinct")))

    def key_using_index(self, con, name, draft, statement):
        """'ADD CONSTRAINT k UNIQUE | PRIMARY KEY USING INDEX i': the index becomes the constraint's
        (renamed to the constraint's name), as in the server; only a plain unique index can."""
        index_name = con["indexname"]
        index = draft.indexes.get(index_name)
        if index is None:
            raise error_at(statement, f'index "{index_name}" of table "{draft.name}" does not exist',
                         sqlstate="42704")
        by_key = {quote_ident(c): c for c in draft.types()}
        columns = tuple(by_key.get(k) for k in index.keys)
        if not index.unique or index.method != "btree" or index.where is not None or None in columns:
            raise error_at(statement, f'index "{index_name}" cannot back a constraint: it must be a unique btree '
                                    "index on plain columns in default order, without a WHERE clause",
                         sqlstate="42809")
        del draft.indexes[index_name]
        for column in columns:
            draft.column(column, statement)
        return m.KeyConstraint(name=con.get("conname") or index_name, columns=columns, include=index.include,
                               deferrable=bool(con.get("deferrable")), initially_deferred=bool(con.get("initdeferred")),
                               nulls_not_distinct=index.nulls_not_distinct)

    def referenced_key(self, rangevar, statement):
        schema, name = tree.relation(rangevar)
        target = self.tables.get((self.schema_of(schema), name))
        if target is None or target.primary_key is None:
            raise error_at(statement, f'REFERENCES {name} without columns needs that table\'s '
                                    "primary key defined earlier", sqlstate="42830")
        return target.primary_key.columns

    # -- ALTER TABLE -------------------------------------------------------
    def json_AlterTableStmt(self, node, statement):
        commands = [cmd["AlterTableCmd"] for cmd in node.get("cmds", ())]
        if all(c["subtype"] in _IGNORED_AT for c in commands):
            return  # ownership/storage only (pg_dump also writes ALTER TABLE for sequences)
        objtype = node.get("objtype")
        if objtype == "OBJECT_INDEX":
            for cmd in commands:
                if cmd["subtype"] == "AT_AttachPartition":
                    self.attached_indexes.add(cmd["def"]["PartitionCmd"]["name"]["relname"])
                elif cmd["subtype"] not in _IGNORED_AT:
                    raise error_at(statement, "this ALTER INDEX form is not supported")
            return
        if objtype not in ("OBJECT_TABLE", "OBJECT_FOREIGN_TABLE"):
            raise error_at(statement, f"ALTER {str(objtype).replace('OBJECT_', '')} is not supported here")
        draft = self.table(node["relation"], statement)
        for cmd in commands:
            self.alter_command(draft, cmd, statement)

    def alter_command(self, draft, cmd, statement):
        """One ALTER TABLE sub-command (JSON) on the draft."""
        sub, definition = cmd["subtype"], cmd.get("def")
        if sub in _IGNORED_AT:
            return
        if sub == "AT_AddConstraint":
            self.constraint(draft, definition["Constraint"], statement)
        elif sub == "AT_AddColumn":
            constraints = self.column(draft, definition["ColumnDef"], statement)
            self.generated_columns(draft)
            for con in constraints:
                self.constraint(draft, con, statement)
        elif sub == "AT_ColumnDefault":
            col = draft.column(cmd["name"], statement)
            col["default"] = None if definition is None else self.default_text(definition)
        elif sub == "AT_SetNotNull":
            draft.column(cmd["name"], statement)["nullable"] = False
        elif sub == "AT_AddIdentity":
            self.identity(draft, draft.column(cmd["name"], statement), definition["Constraint"])
        elif sub == "AT_EnableRowSecurity":
            draft.row_security = True
        elif sub == "AT_ForceRowSecurity":
            draft.force_row_security = True
        elif sub == "AT_ReplicaIdentity":
            identity = definition["ReplicaIdentityStmt"]
            draft.replica_identity = replica_identity(identity.get("identity_type"), identity.get("name"))
        elif sub == "AT_AttachPartition":
            partition = definition["PartitionCmd"]
            child = self.table(partition["name"], statement)
            child.partition_of = draft.ref
            child.parent = draft
            child.partition_bound = self.partition_bound(jsonast.to_node(partition["bound"], "PartitionBoundSpec"))
        else:
            raise error_at(statement, f"ALTER TABLE {sub.replace('AT_', '')} is not a schema definition form",
                         hint="Designs hold the desired schema; migrations are generated from two designs.")

    # -- indexes -------------------------------------------------------
    def json_IndexStmt(self, node, statement):
        params, including = node["indexParams"], node.get("indexIncludingParams", [])
        if self.is_view(node["relation"]):
            return self.view_index(statement.node, tree.index_names(params + including))
        draft = self.table(node["relation"], statement)
        chooser = self.chooser(draft.schema)
        types = draft.types()
        name = node.get("idxname") or chooser.choose(draft.name, column_part(tree.index_names(params + including)),
                                                     "idx")
        chooser.take_relation(name)
        keys = tuple(ex.remembered(elem, types, "index key", lambda elem: self.index_key(elem, types))
                     for elem in params)
        include = tuple(e["IndexElem"]["name"] for e in including)
        where = ex.expression_text(node["whereClause"], types) if "whereClause" in node else None
        draft.indexes[name] = m.Index(name=name, keys=keys, unique=bool(node.get("unique")),
                                      method=node.get("accessMethod", "btree").lower(), where=where, include=include,
                                      nulls_not_distinct=bool(node.get("nulls_not_distinct")))

    def view_index(self, node, words):
        """An index on a materialized view: kept as its text, with the name the server would choose
        (from ``words``, tree.index_names of its keys)."""
        self.unqualify(node.relation)
        node.concurrent = False
        schema = self.schema_of(node.relation.schemaname)
        if not node.idxname:                 # the name the server would choose, made explicit
            chooser = self.chooser(schema)
            node.idxname = chooser.choose(node.relation.relname, column_part(words), "idx")
            chooser.take_relation(node.idxname)
        node.indexParams = tuple(node.indexParams)
        self.add_opaque("index", node.idxname, node, schema, (node.relation.relname,))

    @staticmethod
    def index_key(elem, types):
        """Canonical text of an index key (an IndexElem node, rewritten)."""
        if elem.expr is not None:
            elem.expr = ex.normalize(elem.expr, types)
        SB, SN = enums.SortByDir, enums.SortByNulls
        descending = elem.ordering == SB.SORTBY_DESC
        if elem.ordering == SB.SORTBY_ASC:
            elem.ordering = SB.SORTBY_DEFAULT
        if (descending and elem.nulls_ordering == SN.SORTBY_NULLS_FIRST) or (
                not descending and elem.nulls_ordering == SN.SORTBY_NULLS_LAST):
            elem.nulls_ordering = SN.SORTBY_NULLS_DEFAULT
        return sqlparser.deparse(elem)

    # -- comments -------------------------------------------------------
    def json_CommentStmt(self, node, statement):
        """COMMENT ON a table, column, index, sequence or schema; other objects' comments are read
        from nodes (on_CommentStmt)."""
        objtype = node["objtype"]
        comment = node.get("comment") or None  # IS '' removes a comment, as in PostgreSQL
        target = node.get("object")
        if objtype == "OBJECT_TABLE":
            self.table_from_names(tree.json_names(target["List"]["items"]), statement).comment = comment
        elif objtype == "OBJECT_COLUMN":
            parts = tree.json_names(target["List"]["items"])
            draft = self.table_from_names(parts[:-1], statement)
            draft.column(parts[-1], statement)["comment"] = comment
        elif objtype == "OBJECT_INDEX":
            schema, name = self.split_names(tree.json_names(target["List"]["items"]))
            for draft in self.tables.values():
                if draft.schema == schema and name in draft.indexes:
                    index = draft.indexes[name]
                    draft.indexes[name] = m.Index(**{**vars_of(index), "comment": comment})
                    return
            raise error_at(statement, f'index "{name}" is not defined before this comment', sqlstate="42704")
        elif objtype == "OBJECT_SEQUENCE":
            key = self.split_names(tree.json_names(target["List"]["items"]))
            if key in self.sequences:
                self.sequences[key] = m.Sequence(**{**vars_of(self.sequences[key]), "comment": comment})
        elif objtype == "OBJECT_SCHEMA":
            name = target["String"]["sval"]
            if name in self.namespaces:
                self.namespaces[name] = m.Namespace(name, comment)
        elif objtype != "OBJECT_EXTENSION":
            self.on_CommentStmt(statement.node, statement)

    def on_CommentStmt(self, node, statement):
        """COMMENT ON an enum type, or an object kept as text (functions, views, triggers …)."""
        objtype = node.objtype
        comment = node.comment or None
        if objtype == OBJ.OBJECT_TYPE and self.type_identity(node.object.names) in self.enums:
            key = self.type_identity(node.object.names)
            self.enums[key] = m.EnumType(**{**vars_of(self.enums[key]), "comment": comment})
        else:
            if objtype in (OBJ.OBJECT_FUNCTION, OBJ.OBJECT_PROCEDURE):
                node.object.objfuncargs = None  # identity is name + argument types
            target = sqlparser.deparse(node).split(" IS ")[0]
            self.add_opaque("comment", target.replace("COMMENT ON ", "", 1), node)

    def split_names(self, parts):
        return (self.schema_of(parts[0]), parts[1]) if len(parts) == 2 else (None, parts[-1])

    def table_from_names(self, parts, statement):
        schema, name = self.split_names(parts)
        return self.table({"relname": name, "schemaname": schema}, statement)


_NO_OPTIONS = m.SequenceOptions()


def set_identity(col, kind, options):
    """Make a column (a dict of Column fields) an identity column."""
    col["identity"] = kind
    col["identity_options"] = None if options is None or options == _NO_OPTIONS else options
    col["nullable"] = False


def vars_of(obj):
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def parse_ddl(text, default_schema="public", statements=None):
    """Model of a DDL script. Raises AiSchemaError on anything that is not schema DDL.
    ``statements`` (from sqlparser.parse of the same text) saves parsing it twice."""
    with sqlparser.collector_paused():
        return Parser(default_schema).run(text, statements)
