"""Objects the model keeps as canonical statements (opaques): views, materialized views, routines,
triggers, policies, collations, extended statistics, domains and composite types."""

from .. import sqlparser
from ..sqlparser import ast, enums
from . import tree
from .naming import qualified, quote_literal
from .statements import error_at, not_schema
from .types import canonical_type

OBJ = enums.ObjectType


def routine_key(*names):
    """How a routine appears in another object's depends_on: 'routine:' and its (schema-qualified) name."""
    return "routine:" + ".".join(names)



class OpaqueObjects:
    """The parser's statements for objects kept whole (mixed into :class:`.parse.Parser`)."""

    # -- opaque objects ----------------------------------------------------
    def on_ViewStmt(self, node, statement):
        self.unqualify(node.view)
        node.replace = False
        schema = self.schema_of(node.view.schemaname)
        self.add_opaque("view", node.view.relname, node, schema, self.dependencies(node.query))
        self.apply_default_grants("TABLES", schema, qualified(node.view.relname, schema))

    def on_CreateTableAsStmt(self, node, statement):
        if node.objtype != OBJ.OBJECT_MATVIEW:
            raise error_at(statement, "CREATE TABLE … AS copies data; declare the table instead")
        rel = self.unqualify(node.into.rel)
        node.into.skipData = False
        node.if_not_exists = False
        self.add_opaque("materialized view", rel.relname, node, self.schema_of(rel.schemaname),
                        self.dependencies(node.query))
        self.apply_default_grants("TABLES", self.schema_of(rel.schemaname),
                                  qualified(rel.relname, self.schema_of(rel.schemaname)))

    def dependencies(self, query):
        deps = []
        for schema, name in tree.relations(query):
            deps.append(name if self.schema_of(schema) is None else f"{schema}.{name}")
        return deps

    def on_CreateFunctionStmt(self, node, statement):
        node.replace = False
        parts = tree.names(node.funcname)
        schema, name = self.split_names(parts)
        node.funcname = tuple(ast.String(sval=p) for p in ((schema, name) if schema else (name,)))
        args = [canonical_type(p.argType, self.default_schema) for p in node.parameters or ()
                if p.mode not in (enums.FunctionParameterMode.FUNC_PARAM_OUT,
                                  enums.FunctionParameterMode.FUNC_PARAM_TABLE)]
        node.options = tuple(sorted(node.options or (), key=lambda o: o.defname))
        kind = "procedure" if node.is_procedure else "function"
        # a SQL-standard body (RETURN …, BEGIN ATOMIC … END) is bound when created: what it calls comes first
        calls = [routine_key(*tree.names(c.funcname)[-2:]) for c in tree.calls(node.sql_body)] \
            if node.sql_body is not None else []
        self.add_opaque(kind, f"{name}({', '.join(args)})", node, schema, calls)
        self.apply_default_grants("FUNCTIONS", schema, f"{qualified(name, schema)}({', '.join(args)})",
                                  "PROCEDURE" if node.is_procedure else "FUNCTION")

    def on_CreateTrigStmt(self, node, statement):
        self.unqualify(node.relation)
        node.replace = False
        if len(node.funcname) == 2 and node.funcname[0].sval == self.default_schema:
            node.funcname = node.funcname[1:]
        draft = self.table(node.relation, statement) if not self.is_view(node.relation) else None
        schema = draft.schema if draft else self.schema_of(node.relation.schemaname)
        self.add_opaque("trigger", f"{node.relation.relname}.{node.trigname}", node, schema)

    def is_view(self, rangevar):
        schema, name = tree.relation(rangevar)
        schema = self.schema_of(schema)
        return any(self.opaques.get((k, schema, name)) for k in ("view", "materialized view"))

    def on_CreatePolicyStmt(self, node, statement):
        self.unqualify(node.table)
        self.table(node.table, statement)
        self.add_opaque("policy", f"{node.table.relname}.{node.policy_name}", node,
                        self.schema_of(node.table.schemaname))

    def on_DefineStmt(self, node, statement):
        """CREATE COLLATION, in one canonical spelling (provider, locale, deterministic) that the
        catalog is read back in; other CREATE … (operators, aggregates) are not schema models."""
        if node.kind != OBJ.OBJECT_COLLATION:
            raise not_schema(statement)
        schema, name = self.type_identity(node.defnames)
        options = {d.defname: d.arg for d in node.definition or ()}
        if "from" in options:
            raise error_at(statement, "CREATE COLLATION … FROM is not supported; give its provider and locale")

        def text(arg):
            return tree.names(arg.names)[-1] if isinstance(arg, ast.TypeName) else getattr(arg, "sval", str(arg))
        provider = text(options["provider"]).lower() if "provider" in options else "libc"
        locale = text(options["locale"]) if "locale" in options else None
        collate, ctype = (text(options[k]) if k in options else locale for k in ("lc_collate", "lc_ctype"))
        parts = [f"provider = {provider}"]
        if provider == "icu" or collate == ctype:
            parts.append(f"locale = {quote_literal(locale or collate)}")
        else:
            parts += [f"lc_collate = {quote_literal(collate)}", f"lc_ctype = {quote_literal(ctype)}"]
        if "deterministic" in options and text(options["deterministic"]).lower() in ("false", "off", "0", "no"):
            parts.append("deterministic = false")
        sql = f"CREATE COLLATION {qualified(name, schema)} ({', '.join(parts)})"
        self.add_opaque("collation", name, sqlparser.parse(sql)[0].node, schema)

    def on_CreateStatsStmt(self, node, statement):
        """CREATE STATISTICS: extended statistics sit on their table, like an index."""
        for rv in node.relations or ():
            self.unqualify(rv)
        schema, name = self.type_identity(node.defnames)
        node.defnames = tuple(ast.String(sval=p) for p in ((schema, name) if schema else (name,)))
        node.stat_types = tuple(sorted(node.stat_types or (), key=lambda s: s.sval)) or None
        table = node.relations[0].relname if node.relations else ""
        self.add_opaque("statistics", name, node, schema, (table,))

    def on_CreateDomainStmt(self, node, statement):
        schema, name = self.type_identity(node.domainname)
        self.add_opaque("domain", name, node, schema)
        self.apply_default_grants("TYPES", schema, qualified(name, schema), "DOMAIN")

    def on_CompositeTypeStmt(self, node, statement):
        self.unqualify(node.typevar)
        schema = self.schema_of(node.typevar.schemaname)
        self.add_opaque("type", node.typevar.relname, node, schema)
        self.apply_default_grants("TYPES", schema, qualified(node.typevar.relname, schema))
