"""Migration safety: statement rules over the DDL text, judged against what the text itself
creates, the transaction it runs in, the timeouts it sets and, with ``against``, table sizes.

A statement that touches a table created earlier in the same text is safe (the table is new
and empty); the same statement on an existing table may lock or rewrite it.
"""

import re
from dataclasses import dataclass, field

from .. import sqlparser
from ..sqlparser import enums

AT, ConstrType, ObjectType = enums.AlterTableType, enums.ConstrType, enums.ObjectType
TransactionStmtKind = enums.TransactionStmtKind

from ..ddl.costs import rewrites, volatile  # noqa: E402  (the planner's table: lint and plan agree)
from ..ddl.naming import quote_ident  # noqa: E402
from ..ddl.tree import relation as relation_names  # noqa: E402
from ..ddl.types import canonical_type  # noqa: E402
from ..errors import AiSchemaError  # noqa: E402
from ..sqlparser import ast, deparse  # noqa: E402
from .registry import rule  # noqa: E402

LOCKING = {"access_exclusive_lock", "share_lock", "table_rewrite", "index_build"}
SMALL_TABLE, LARGE_TABLE = 10_000, 1_000_000


@dataclass(slots=True)
class StatementStep:
    """One statement and what was true when it ran. Rules look at its kind (and at its top-level
    fields) first: its nodes are made only for the statements a rule reads further."""
    statement: sqlparser.Statement
    line: int
    existing: set                    # tables it touches that the text did not create
    in_transaction: bool
    lock_timeout: bool
    statement_timeout: bool
    validated_not_null: frozenset = frozenset()            # (table, column) with a validated IS NOT NULL check
    known_types: dict = field(default_factory=dict)         # {table: {column: type}} of the schema before the text
    kind: str = ""                                          # the statement's ("CreateStmt"), kept here: the
    #                                                         rules read it some 100,000 times on a large schema
    fields: dict = field(default_factory=dict)              # its top-level flags (if_not_exists, concurrent …)
    #                                                         as libpg_query's JSON: read without its tree

    @property
    def node(self):
        return self.statement.node

    @property
    def text(self):
        """The statement as written."""
        return self.statement.text



def _referenced(create):
    """Tables a CREATE TABLE (JSON) references through foreign keys."""
    out = set()
    for element in create.get("tableElts", ()):
        column = element.get("ColumnDef")
        for c in column.get("constraints", ()) if column is not None else (element,):
            c = c.get("Constraint", {})
            if c.get("contype") == "CONSTR_FOREIGN" and "pktable" in c:
                out.add(_table(c["pktable"]))
    return out


def _table(rangevar):
    """A table as the text names it, schema included: a.t and b.t are different tables (a
    RangeVar or its JSON)."""
    if rangevar is None:
        return None
    schema, name = relation_names(rangevar)
    return f"{schema}.{name}" if schema else name


def _object(names):
    return ".".join(n.sval for n in names)


def known_types(model):
    """{table: {column: type}} of a model, tables named as _table names them (schema when not default)."""
    if model is None:
        return {}
    return {(f"{t.schema}.{t.name}" if t.schema else t.name): {c.name: c.type for c in t.columns}
            for t in model.tables}


# Statements steps() reads as nodes; the others (CREATE TABLE, CREATE INDEX, …) from their JSON.
_READ_AS_NODES = frozenset(("TransactionStmt", "VariableSetStmt", "CreateTableAsStmt", "DropStmt", "VacuumStmt"))


def _checks_not_null(cmd):
    """Could an ALTER TABLE sub-command (JSON) add or validate a CHECK (… IS NOT NULL)?"""
    return cmd["subtype"] == "AT_ValidateConstraint" or (
        cmd["subtype"] == "AT_AddConstraint" and cmd.get("def", {}).get("Constraint", {}).get("contype") == "CONSTR_CHECK")


class Steps:
    """What is true at each statement of a text, one statement at a time (a streaming reader
    hands them in and lets each statement's tree go)."""

    def __init__(self, in_transaction=False, before=None):
        self.known = known_types(before)
        self.created = set()
        self.in_transaction = in_transaction
        self.lock_timeout = self.statement_timeout = False
        self.not_null_checks, self.validated = {}, frozenset()      # (a new set when it grows: steps share it)
        self.line, self.offset = 1, 0
        self.added = {}              # {table: [column definition]} of ADD COLUMNs on tables the text does not create

    def step(self, st):
        kind = st.kind
        node = st.node if kind in _READ_AS_NODES else None
        self.line += st.source.count("\n", self.offset, st.offset)      # counted incrementally: texts can be large
        self.offset = st.offset
        created = self.created
        touched = set()
        if isinstance(node, ast.TransactionStmt):
            if node.kind in (TransactionStmtKind.TRANS_STMT_BEGIN, TransactionStmtKind.TRANS_STMT_START):
                self.in_transaction = True
            elif node.kind in (TransactionStmtKind.TRANS_STMT_COMMIT, TransactionStmtKind.TRANS_STMT_ROLLBACK):
                self.in_transaction = False
        elif isinstance(node, ast.VariableSetStmt) and node.name in ("lock_timeout", "statement_timeout"):
            self.lock_timeout |= node.name == "lock_timeout"
            self.statement_timeout |= node.name == "statement_timeout"
        elif kind == "CreateStmt":
            fields = st.raw[kind]
            created.add(_table(fields["relation"]))
            touched = _referenced(fields) - created          # a foreign key locks the referenced table
        elif isinstance(node, ast.CreateTableAsStmt):
            created.add(_table(node.into.rel))
        elif kind in ("IndexStmt", "AlterTableStmt", "ClusterStmt", "RenameStmt"):
            touched = {_table(st.raw[kind].get("relation"))} - created - {None}
        elif isinstance(node, ast.DropStmt) and node.removeType == ObjectType.OBJECT_TABLE:
            touched = {_object(o) for o in node.objects} - created
        elif isinstance(node, ast.DropStmt) and node.removeType == ObjectType.OBJECT_INDEX and not node.concurrent:
            touched = {_object(o) for o in node.objects}      # the index's table is locked, whatever it is
        elif isinstance(node, ast.VacuumStmt):
            touched = {_table(r.relation) for r in node.rels or ()} - created - {None}
        if kind == "AlterTableStmt" and any(_checks_not_null(cmd["AlterTableCmd"]) for cmd in st.raw[kind]["cmds"]):
            self.not_null(st.node)
        if kind == "AlterTableStmt" and touched:
            self.add_columns(st.node)
        flags = {k: v for k, v in st.raw[kind].items() if type(v) is not dict and type(v) is not list}
        return StatementStep(st, self.line, touched, self.in_transaction, self.lock_timeout, self.statement_timeout,
                             self.validated, self.known, kind, flags)

    def add_columns(self, node):
        for cmd in node.cmds or ():
            if cmd.subtype == AT.AT_AddColumn:
                plain = ast.ColumnDef(colname=cmd.def_.colname, typeName=cmd.def_.typeName, constraints=tuple(
                    c for c in cmd.def_.constraints or () if c.contype not in (ConstrType.CONSTR_FOREIGN,)))
                self.added.setdefault(node.relation.relname, []).append(deparse(plain))

    def added_columns(self):
        """ADD COLUMN definitions on tables the text does not create, as CREATE TABLE text per table,
        so the schema rules on types can judge them too."""
        return "".join(f"CREATE TABLE {quote_ident(t)} ({', '.join(cols)});\n" for t, cols in self.added.items())

    def not_null(self, node):
        """Note the CHECK (col IS NOT NULL) an ALTER TABLE adds or validates."""
        table = _table(node.relation)
        for cmd in node.cmds or ():
            if cmd.subtype == AT.AT_AddConstraint and isinstance(cmd.def_, ast.Constraint) \
                    and cmd.def_.contype == ConstrType.CONSTR_CHECK:
                m = re.fullmatch(r"\(?(\w+) IS NOT NULL\)?", deparse(cmd.def_.raw_expr) if cmd.def_.raw_expr else "")
                if m:
                    self.not_null_checks[(table, cmd.def_.conname)] = m.group(1)
                    if not cmd.def_.skip_validation:
                        self.validated |= {(table, m.group(1))}
            elif cmd.subtype == AT.AT_ValidateConstraint and (table, cmd.name) in self.not_null_checks:
                self.validated |= {(table, self.not_null_checks[(table, cmd.name)])}


class StepList(list):
    """A text's steps. Most rules read one or two kinds of statement: ``of(kind, …)`` gives the steps
    of those kinds in order, so a rule does not look at every step of a large schema."""

    _by_kind = None

    def of(self, *kinds):
        if self._by_kind is None:
            self._by_kind = {}
            for step in self:
                self._by_kind.setdefault(step.kind, []).append(step)
        if len(kinds) == 1:
            return self._by_kind.get(kinds[0], ())
        return sorted((s for kind in kinds for s in self._by_kind.get(kind, ())), key=lambda s: s.statement.offset)


def _alters(steps_, *subtypes):
    """(step, table, sub-command) of each ALTER TABLE sub-command of these subtypes on a table the text
    did not create."""
    for s in steps_.of("AlterTableStmt"):
        for table, cmd in _commands(s, *subtypes):
            yield s, table, cmd


def _commands(step, *subtypes):
    if step.kind == "AlterTableStmt" and step.existing:
        for cmd in step.node.cmds or ():
            if cmd.subtype in subtypes:
                yield _table(step.node.relation), cmd


def _where(step, table):
    return f"{table} (line {step.line})"


@rule("require-concurrent-index-creation", "warning", "share_lock", """
    CREATE INDEX on an existing table holds a SHARE lock for the whole build: reads go on, but
    every INSERT, UPDATE and DELETE waits. Use CREATE INDEX CONCURRENTLY (outside a transaction
    block), which builds without blocking writes.""", kind="statement")
def require_concurrent_index_creation(steps_):
    for s in steps_.of("IndexStmt"):
        if s.existing and not s.node.concurrent:
            table = _table(s.node.relation)
            yield table, f"CREATE INDEX on existing table {_where(s, table)} blocks writes while it builds", \
                "CREATE INDEX CONCURRENTLY ..."


@rule("require-concurrent-index-deletion", "warning", "access_exclusive_lock", """
    DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, queueing every query behind it.
    DROP INDEX CONCURRENTLY waits for running transactions instead of blocking new ones.""",
      kind="statement")
def require_concurrent_index_deletion(steps_):
    for s in steps_.of("DropStmt"):
        if s.node.removeType == ObjectType.OBJECT_INDEX and not s.node.concurrent:
            names = ", ".join(_object(o) for o in s.node.objects)
            yield names, f"DROP INDEX {names} (line {s.line}) locks its table exclusively", "DROP INDEX CONCURRENTLY ..."


@rule("concurrently-in-transaction", "error", "correctness", """
    CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block: the statement fails,
    and migration tools that wrap every file in BEGIN/COMMIT make it fail in production. Run it
    in its own migration without a transaction.""", kind="statement")
def concurrently_in_transaction(steps_):
    for s in steps_.of("IndexStmt", "DropStmt"):
        if s.in_transaction and s.fields.get("concurrent"):
            yield f"line {s.line}", f"CONCURRENTLY inside a transaction block (line {s.line}) fails", None


@rule("adding-field-with-volatile-default", "warning", "table_rewrite", """
    Since PostgreSQL 11 a new column with a constant (or stable) default is instant, but a
    volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval()) is evaluated
    per row: the table is rewritten under an ACCESS EXCLUSIVE lock. Add the column without the
    default, backfill in batches, then set the default.""", kind="statement")
def adding_field_with_volatile_default(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_AddColumn):
        for c in cmd.def_.constraints or ():
            if c.contype == ConstrType.CONSTR_DEFAULT and volatile(deparse(c.raw_expr)):
                yield f"{table}.{cmd.def_.colname}", \
                    f"ADD COLUMN {cmd.def_.colname} with a volatile default rewrites {_where(s, table)}", None


@rule("adding-required-field", "error", "correctness", """
    ADD COLUMN ... NOT NULL without a default fails on any table that has rows. Add it nullable
    (or with a constant default), backfill, then SET NOT NULL safely.""", kind="statement")
def adding_required_field(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_AddColumn):
        kinds = {c.contype for c in cmd.def_.constraints or ()}
        if ConstrType.CONSTR_NOTNULL in kinds and ConstrType.CONSTR_DEFAULT not in kinds \
                and ConstrType.CONSTR_IDENTITY not in kinds and ConstrType.CONSTR_PRIMARY not in kinds:
            yield f"{table}.{cmd.def_.colname}", \
                f"ADD COLUMN {cmd.def_.colname} NOT NULL without a default fails on rows of {_where(s, table)}", None


@rule("setting-not-nullable-field", "warning", "access_exclusive_lock", """
    SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless a validated
    CHECK (col IS NOT NULL) already proves it. Add the CHECK NOT VALID, VALIDATE it (which only
    takes a SHARE UPDATE EXCLUSIVE lock), then SET NOT NULL and drop the CHECK.""", kind="statement")
def setting_not_nullable_field(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_SetNotNull):
        if (table, cmd.name) not in s.validated_not_null:
            yield f"{table}.{cmd.name}", f"SET NOT NULL on {table}.{cmd.name} (line {s.line}) scans the table "\
                "under an exclusive lock", \
                (f"ALTER TABLE {quote_ident(table)} ADD CONSTRAINT {quote_ident(cmd.name + '_not_null')} "
                 f"CHECK ({quote_ident(cmd.name)} IS NOT NULL) NOT VALID; -- then VALIDATE CONSTRAINT")


def _added(steps_, *contypes):
    """(step, table, constraint) of each constraint of these types added to a table the text did not create."""
    for s in steps_.of("AlterTableStmt"):
        for contype in contypes:
            for table, cmd in _commands(s, AT.AT_AddConstraint):
                if isinstance(cmd.def_, ast.Constraint) and cmd.def_.contype == contype:
                    yield s, table, cmd.def_
            if contype == ConstrType.CONSTR_FOREIGN:      # ADD COLUMN ... REFERENCES
                for table, cmd in _commands(s, AT.AT_AddColumn):
                    for c in cmd.def_.constraints or ():
                        if c.contype == contype:
                            yield s, table, c


@rule("adding-foreign-key-constraint", "warning", "share_lock", """
    Adding a foreign key to an existing table validates every row while holding SHARE ROW
    EXCLUSIVE locks on both tables, blocking their writes. Add it NOT VALID, then VALIDATE
    CONSTRAINT in a separate transaction.""", kind="statement")
def adding_foreign_key_constraint(steps_):
    for s, table, c in _added(steps_, ConstrType.CONSTR_FOREIGN):
        if not c.skip_validation:
            yield table, f"foreign key on existing table {_where(s, table)} is validated under a write lock", \
                "... NOT VALID; ALTER TABLE ... VALIDATE CONSTRAINT ...;"


@rule("constraint-missing-not-valid", "warning", "share_lock", """
    ADD CONSTRAINT ... CHECK on an existing table scans every row under an ACCESS EXCLUSIVE
    lock. Add it NOT VALID (instant), then VALIDATE CONSTRAINT in a separate transaction.""",
      kind="statement")
def constraint_missing_not_valid(steps_):
    for s, table, c in _added(steps_, ConstrType.CONSTR_CHECK, ConstrType.CONSTR_FOREIGN):
        if not c.skip_validation:
            yield table, f"constraint on existing table {_where(s, table)} is added without NOT VALID", \
                "... NOT VALID; ALTER TABLE ... VALIDATE CONSTRAINT ...;"


@rule("changing-column-type", "warning", "table_rewrite", """
    ALTER COLUMN ... TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE lock for
    most type changes, and clients reading the column may break. Add a new column, backfill,
    switch readers, then drop the old one.""", kind="statement")
def changing_column_type(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_AlterColumnType):
        old = s.known_types.get(table, {}).get(cmd.name)
        try:
            new = canonical_type(cmd.def_.typeName)
        except AiSchemaError:
            new = None
        if old and new and not rewrites(old, new):
            continue                          # binary-coercible (varchar(n) -> text, wider varchar): no rewrite
        yield f"{table}.{cmd.name}", f"changing the type of {table}.{cmd.name} (line {s.line}) rewrites the table", None


@rule("ban-drop-column", "warning", "deletes_data", """
    DROP COLUMN destroys the data, and clients that still read the column break. Stop using the
    column first, deploy, then drop it (and keep a backup).""", kind="statement")
def ban_drop_column(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_DropColumn):
        yield f"{table}.{cmd.name}", f"DROP COLUMN {table}.{cmd.name} (line {s.line}) deletes its data", None


@rule("ban-drop-table", "warning", "deletes_data", """
    DROP TABLE (or DROP DATABASE, TRUNCATE) destroys data and breaks every client of the table.
    Make sure nothing uses it and a backup exists; prefer renaming it aside first.""", kind="statement")
def ban_drop_table(steps_):
    for s in steps_.of("DropStmt", "DropdbStmt", "TruncateStmt"):
        if s.kind == "DropStmt" and s.node.removeType == ObjectType.OBJECT_TABLE and s.existing:
            for name in sorted(s.existing):
                yield name, f"DROP TABLE {name} (line {s.line}) deletes its data", None
        elif s.kind == "DropdbStmt":
            yield s.node.dbname, f"DROP DATABASE {s.node.dbname} (line {s.line}) deletes everything in it", None
        elif s.kind == "TruncateStmt":
            names = ", ".join(_table(r) for r in s.node.relations)
            yield names, f"TRUNCATE {names} (line {s.line}) deletes every row", None


@rule("renaming-column-or-table", "warning", "breaks_clients", """
    Renaming a column or table breaks every client, view definition in application code and
    query that still uses the old name. Add the new name alongside (a view or a generated
    column), move clients, then remove the old one.""", kind="statement")
def renaming_column_or_table(steps_):
    for s in steps_.of("RenameStmt"):
        if s.existing and \
                s.node.renameType in (ObjectType.OBJECT_COLUMN, ObjectType.OBJECT_TABLE):
            table = _table(s.node.relation)
            old = f"{table}.{s.node.subname}" if s.node.renameType == ObjectType.OBJECT_COLUMN else table
            yield old, f"renaming {old} to {s.node.newname} (line {s.line}) breaks its clients", None


@rule("disallowed-unique-constraint", "warning", "index_build", """
    ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) on an existing table builds its index while
    holding an ACCESS EXCLUSIVE lock. Build the index with CREATE UNIQUE INDEX CONCURRENTLY,
    then ADD CONSTRAINT ... UNIQUE USING INDEX, which is instant.""", kind="statement")
def disallowed_unique_constraint(steps_):
    for s, table, c in _added(steps_, ConstrType.CONSTR_UNIQUE, ConstrType.CONSTR_PRIMARY):
        if not c.indexname:
            yield table, f"UNIQUE/PRIMARY KEY on existing table {_where(s, table)} builds its index under a lock", \
                "CREATE UNIQUE INDEX CONCURRENTLY ...; ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX ...;"


def _locks_existing(step):
    if not step.existing:
        return False
    if step.kind == "IndexStmt":
        return not step.node.concurrent
    return step.kind in ("AlterTableStmt", "RenameStmt", "DropStmt", "ClusterStmt", "VacuumStmt", "CreateStmt")


@rule("require-lock-timeout", "warning", "access_exclusive_lock", """
    A DDL statement that waits for a lock on a busy table makes every later query wait behind
    it, so a migration stuck behind one long transaction takes the application down. Start
    with SET lock_timeout = '2s' (and retry) so it fails fast instead.""", kind="statement")
def require_lock_timeout(steps_):
    for s in steps_:
        if _locks_existing(s) and not s.lock_timeout:
            yield f"line {s.line}", f"statement on line {s.line} takes a lock without a lock_timeout set", \
                "SET lock_timeout = '2s';"


@rule("require-statement-timeout", "info", "access_exclusive_lock", """
    Without a statement_timeout a slow DDL statement (a scan, a rewrite, an index build) holds
    its locks for as long as it takes. Set one for the migration.""", kind="statement")
def require_statement_timeout(steps_):
    for s in steps_:
        if _locks_existing(s) and not s.statement_timeout:
            yield f"line {s.line}", f"statement on line {s.line} runs without a statement_timeout", \
                "SET statement_timeout = '5min';"


@rule("ban-vacuum-full-and-cluster", "error", "access_exclusive_lock", """
    VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: nothing can
    read or write it until they finish. Use pg_repack (or plain VACUUM) on live tables.""",
      kind="statement")
def ban_vacuum_full_and_cluster(steps_):
    for s in steps_.of("VacuumStmt", "ClusterStmt"):
        node = s.node
        if isinstance(node, ast.VacuumStmt) and any(o.defname == "full" for o in node.options or ()):
            yield ", ".join(sorted(s.existing)) or f"line {s.line}", f"VACUUM FULL (line {s.line}) locks its tables", None
        elif isinstance(node, ast.ClusterStmt):
            yield _table(node.relation) or f"line {s.line}", f"CLUSTER (line {s.line}) locks its table", None


@rule("prefer-robust-statements", "info", "correctness", """
    A migration that runs outside a transaction and fails half way must be re-runnable: use
    IF NOT EXISTS / IF EXISTS so the statements that already ran do not fail the second time
    (or run the migration in a transaction).""", kind="statement")
def prefer_robust_statements(steps_):
    for s in steps_.of("IndexStmt", "CreateStmt", "DropStmt", "AlterTableStmt"):
        if s.in_transaction:
            continue
        weak = (s.kind in ("IndexStmt", "CreateStmt") and not s.fields.get("if_not_exists")) or \
            (s.kind == "DropStmt" and not s.node.missing_ok) or \
            any(not cmd.missing_ok for _, cmd in _commands(s, AT.AT_AddColumn, AT.AT_DropColumn)) or \
            any(True for _ in _commands(s, AT.AT_AddConstraint))
        if weak:
            yield f"line {s.line}", f"statement on line {s.line} cannot be re-run after a partial failure", None


@rule("ban-drop-constraint", "info", "breaks_clients", """
    Dropping a constraint lets data in that the application may still rely on being rejected,
    and clients that handle its violation error lose that behaviour. Make sure nothing depends
    on it (a helper CHECK dropped after SET NOT NULL is fine).""", kind="statement")
def ban_drop_constraint(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_DropConstraint):
        yield f"{table}.{cmd.name}", f"dropping constraint {cmd.name} of {_where(s, table)}", None


@rule("ban-create-domain-with-constraint", "info", "access_exclusive_lock", """
    A CHECK on a domain is re-validated against every column of that domain when it changes,
    and ALTER DOMAIN ... ADD CONSTRAINT scans all those tables under locks. Put the CHECK on
    the columns (or use a plain type) for schemas that must evolve online.""", kind="statement")
def ban_create_domain_with_constraint(steps_):
    for s in steps_.of("CreateDomainStmt", "AlterDomainStmt"):
        node = s.node
        if isinstance(node, ast.CreateDomainStmt) and any(
                c.contype == ConstrType.CONSTR_CHECK for c in node.constraints or ()):
            name = ".".join(x.sval for x in node.domainname)
            yield name, f"domain {name} (line {s.line}) carries a CHECK", None
        elif isinstance(node, ast.AlterDomainStmt) and node.subtype == "C":
            name = ".".join(x.sval for x in node.typeName)
            yield name, f"ALTER DOMAIN {name} ADD CONSTRAINT (line {s.line}) checks every column of the domain", None


@rule("require-enum-value-ordering", "info", "correctness", """
    ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value at the end, which also
    fixes its sort order (ORDER BY, <, >) for good. Say where it goes.""", kind="statement")
def require_enum_value_ordering(steps_):
    for s in steps_.of("AlterEnumStmt"):
        node = s.node
        if isinstance(node, ast.AlterEnumStmt) and node.newVal and node.newValNeighbor is None:
            name = ".".join(x.sval for x in node.typeName)
            yield name, f"ADD VALUE {node.newVal!r} to {name} (line {s.line}) has no BEFORE/AFTER", None


@rule("ban-alter-identity", "info", "access_exclusive_lock", """
    Adding or changing an identity on an existing column takes an ACCESS EXCLUSIVE lock and,
    for ADD GENERATED, needs the sequence set past the current maximum. Plan it like any
    column change.""", kind="statement")
def ban_alter_identity(steps_):
    for s, table, cmd in _alters(steps_, AT.AT_AddIdentity, AT.AT_SetIdentity, AT.AT_DropIdentity):
        yield f"{table}.{cmd.name}", f"identity change on {table}.{cmd.name} (line {s.line})", None


@rule("require-concurrent-reindex", "warning", "access_exclusive_lock", """
    REINDEX without CONCURRENTLY locks the index's table against writes (and the index against
    reads) for the whole rebuild. REINDEX ... CONCURRENTLY (PostgreSQL 12+, outside a transaction
    block) rebuilds beside the old index and swaps them.""", kind="statement")
def require_concurrent_reindex(steps_):
    for s in steps_.of("ReindexStmt"):
        node = s.node
        if isinstance(node, ast.ReindexStmt) and not any(
                isinstance(p, ast.DefElem) and p.defname == "concurrently" for p in node.params or ()):
            what = _table(node.relation) if node.relation is not None else node.name
            yield what, f"REINDEX of {what} (line {s.line}) blocks writes while it rebuilds", \
                "REINDEX ... CONCURRENTLY (outside a transaction block)"


# LOCK TABLE modes from SHARE (5) up conflict with ROW EXCLUSIVE: every write queues behind them
_LOCK_MODES = {5: "SHARE", 6: "SHARE ROW EXCLUSIVE", 7: "EXCLUSIVE", 8: "ACCESS EXCLUSIVE"}


@rule("ban-explicit-lock-table", "warning", "access_exclusive_lock", """
    LOCK TABLE in SHARE mode or stronger (ACCESS EXCLUSIVE when no mode is given) makes every
    write - and, for ACCESS EXCLUSIVE, every read - wait until the transaction ends, and queues
    everything behind it while it waits for the lock itself. Lock only the rows you change
    (SELECT ... FOR UPDATE), or keep the transaction short and set lock_timeout.""", kind="statement")
def ban_explicit_lock_table(steps_):
    for s in steps_.of("LockStmt"):
        node = s.node
        if isinstance(node, ast.LockStmt) and node.mode in _LOCK_MODES:
            for relation in node.relations or ():
                table = _table(relation)
                yield table, f"LOCK TABLE {table} IN {_LOCK_MODES[node.mode]} MODE (line {s.line}) blocks writes " \
                    "until the transaction ends", None


def _uses_literal(node, value):
    """Does a statement mention the string constant value anywhere (a comparison, a default, a SET)?"""
    return f"'{value.replace(chr(39), chr(39) * 2)}'" in deparse(node)


@rule("enum-value-used-in-same-transaction", "error", "correctness", """
    A value added with ALTER TYPE ... ADD VALUE cannot be used until the transaction that added
    it commits: PostgreSQL stops the migration with "unsafe use of new value". Add the value in
    its own transaction (or migration) before the statements that use it.""", kind="statement")
def enum_value_used_in_same_transaction(steps_):
    added = {}
    for s in steps_:
        if not s.in_transaction:
            added = {}
            continue
        node = s.node
        if isinstance(node, ast.AlterEnumStmt) and node.newVal:
            added[node.newVal] = (".".join(x.sval for x in node.typeName), s.line)
        elif added and not isinstance(node, (ast.AlterEnumStmt, ast.TransactionStmt)):
            for value, (enum, line) in list(added.items()):
                if _uses_literal(node, value):
                    yield enum, f"value {value!r} added to {enum} (line {line}) is used at line {s.line} in the same " \
                        "transaction, which PostgreSQL refuses", "COMMIT after ALTER TYPE ... ADD VALUE"
                    del added[value]


@rule("identifier-too-long", "error", "correctness", """
    PostgreSQL truncates identifiers to 63 bytes without an error (only a NOTICE), so the object
    gets another name than the text says, and two long names that share their first 63 bytes
    collide. Shorten the name.""", kind="statement")
def identifier_too_long(steps_):
    if steps_ and not sqlparser.may_have_long_identifiers(steps_[0].statement.source):
        return                                  # one look at the whole text instead of one per statement
    for s in steps_:
        for name, line, _ in sqlparser.long_identifiers(s.text):
            size = len(name.encode("utf-8"))
            yield name[:63], f"identifier {name[:40]}… (line {s.line + line - 1}) is {size} bytes; PostgreSQL " \
                f"keeps only the first 63", None


def severity_for(finding_severity, hazard, rows):
    """With table sizes: small tables make lock hazards info, large ones make them errors."""
    if rows is None or hazard not in LOCKING:
        return finding_severity
    if rows < SMALL_TABLE:
        return "info"
    if rows >= LARGE_TABLE:
        return "error"
    return finding_severity
