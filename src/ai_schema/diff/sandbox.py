"""Run a design's statements with no one's rights but a powerless role's.

A design is text somebody else wrote. Building it in a scratch schema (to prove a migration, to
put a design in catalog form, to measure advice) must not run its functions, defaults, partition
bounds or materialized views with the rights of whoever happens to look at it: a function that
runs ``COPY … TO PROGRAM`` or reads a secret would do so as a superuser, and rolling back the
scratch block undoes none of that. So every statement is executed by
``_ai_schema_sandbox_exec``, a SECURITY DEFINER function owned by the NOLOGIN role
``ai_schema_sandbox``, which may create objects in the scratch schemas it is granted and
nothing else. Materialized views are created and refreshed WITH NO DATA: their queries never
run. Only statements about schemas and extensions (CREATE, ALTER, DROP, COMMENT, GRANT on them)
run as the caller, who made the scratch schemas: they run no code a design wrote, and an
extension's script is code the server's administrator installed.
"""

from .. import sqlparser
from ..ddl.naming import quote_ident
from ..errors import AiSchemaError, INSUFFICIENT_PRIVILEGE

ROLE = "ai_schema_sandbox"

# The sandbox function, the extension's own copy first (a design could define a look-alike).
FUNCTION = """
SELECT p.oid::pg_catalog.regprocedure::text AS fn
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_roles r ON r.oid = p.proowner
 WHERE p.proname = '_ai_schema_sandbox_exec' AND r.rolname = %s AND p.prosecdef
 ORDER BY NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
                      WHERE d.objid = p.oid AND d.deptype = 'e' AND e.extname = 'ai_schema'), 1
 LIMIT 1
"""

# The role must stay powerless: no attribute that lifts it, no membership in another role.
POWERS = """
SELECT array_remove(ARRAY[
         CASE WHEN r.rolsuper THEN 'SUPERUSER' END, CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END,
         CASE WHEN r.rolcreatedb THEN 'CREATEDB' END, CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END,
         CASE WHEN r.rolreplication THEN 'REPLICATION' END, CASE WHEN r.rolcanlogin THEN 'LOGIN' END]
       || ARRAY(SELECT 'member of ' || g.rolname FROM pg_catalog.pg_auth_members m
                JOIN pg_catalog.pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid ORDER BY 1)::text[],
       NULL) AS powers
  FROM pg_catalog.pg_roles r WHERE r.rolname = %s
"""

# Statements about namespaces and extensions run as the caller (who made the scratch namespaces):
# they run no code a design wrote. Everything else runs as the sandbox.
_AS_CALLER = frozenset({"CreateSchemaStmt", "CreateExtensionStmt", "AlterExtensionStmt",
                        "AlterExtensionContentsStmt"})
_CALLER_OBJECTS = frozenset({"OBJECT_SCHEMA", "OBJECT_EXTENSION"})


def _as_caller(statement):
    if statement.kind in _AS_CALLER:
        return True
    node = statement.node
    kind = {"DropStmt": "removeType", "CommentStmt": "objtype", "GrantStmt": "objtype", "RenameStmt": "renameType",
            "AlterOwnerStmt": "objectType", "AlterObjectSchemaStmt": "objectType"}.get(statement.kind)
    return kind is not None and getattr(getattr(node, kind, None), "name", None) in _CALLER_OBJECTS


class Sandbox:
    """Executes statements as ai_schema_sandbox through the executor; one per scratch build."""

    def __init__(self, executor):
        self.executor = executor
        found = executor.query(FUNCTION, (ROLE,))
        if not found:
            raise AiSchemaError(
                f"cannot build a design safely: the role {ROLE} and its function are not installed",
                hint="Install the extension (CREATE EXTENSION ai_schema), or run ai-schema bootstrap as a role "
                     "that may create roles; ai_schema never runs a design's code with your own rights.",
                sqlstate=INSUFFICIENT_PRIVILEGE)
        powers = executor.query(POWERS, (ROLE,))[0]["powers"]
        if powers:
            raise AiSchemaError(
                f"role {ROLE} has {', '.join(powers)}; ai_schema builds designs only with a powerless role",
                hint=f"ALTER ROLE {ROLE} NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION NOLOGIN, "
                     f"and revoke every role granted to it.", sqlstate=INSUFFICIENT_PRIVILEGE)
        self.call = f"SELECT {found[0]['fn'].split('(')[0]}(%s)"

    def grant(self, namespace):
        """Let the sandbox create objects in a namespace the caller made (and owns)."""
        self.executor.execute(f"GRANT USAGE, CREATE ON SCHEMA {quote_ident(namespace)} TO {ROLE}")

    def lend(self, namespace):
        """USAGE on an existing namespace, when the caller may grant it, for the rest of the rolled-back
        block: names there resolve, with PUBLIC's privileges on what is inside."""
        if self.executor.query("SELECT pg_catalog.has_schema_privilege(%s, 'USAGE WITH GRANT OPTION') AS ok",
                               (quote_ident(namespace),))[0]["ok"]:
            self.executor.execute(f"GRANT USAGE ON SCHEMA {quote_ident(namespace)} TO {ROLE}")

    def run(self, sql):
        """Run SQL text (one or more statements) as the sandbox role."""
        if not sql.strip():
            return
        for statement in sqlparser.parse(sql):
            if _as_caller(statement):
                self.executor.execute(statement.text)
                if statement.kind == "CreateSchemaStmt":
                    self.grant(statement.node.schemaname)
                continue
            self.executor.query(self.call, (_inert(statement),))


def _inert(statement):
    """The statement with nothing evaluated that need not be: materialized views WITH NO DATA."""
    node = statement.node
    if statement.kind == "CreateTableAsStmt" and node.into is not None and not node.into.skipData:
        node.into.skipData = True
        return sqlparser.deparse(node)
    if statement.kind == "RefreshMatViewStmt" and not node.skipData:
        node.skipData, node.concurrent = True, False
        return sqlparser.deparse(node)
    return statement.text
