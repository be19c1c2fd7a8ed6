"""Live namespaces -> model.

The catalog is read with a handful of set-based queries. Tables, columns, keys and
foreign keys are built straight from the rows (the catalog already holds them in
canonical form). Column defaults and CHECK expressions go through the same
expression normaliser as user DDL, each distinct text once, and so do index
definitions; everything else with an expression or a body (EXCLUDE, views,
functions, policies …) is written out as the DDL pg_dump would emit and goes
through the same parser as user DDL, in one parse. That shared path is what
makes a live model and a DDL model compare equal. Objects that belong to
extensions are skipped.
"""

import dataclasses
import re

from . import model as m
from . import sqlparser
from .ddl.expr import expression_text, parse_expression
from .ddl.naming import qualified, quote_ident, quote_literal
from .ddl.parse import FK_ACTIONS, FK_MATCH, Parser, TableDraft, replica_identity, set_identity
from .ddl.privileges import default_privileges_sql
from .ddl.render import create_extension
from .ddl.sequences import canonical_sequence_options
from .ddl.types import parse_type
from .errors import AiSchemaError, UNDEFINED_SCHEMA

_NOT_EXTENSION_MEMBER = """NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = '{catalog}'::regclass AND d.objid = {oid} AND d.deptype = 'e')"""

# A comment as a scalar subquery on pg_description's index: obj_description() and col_description()
# are SQL functions run once per row (and a join there is planned badly while the catalog has no
# statistics); this is a third of the time of a 500-table read.
_COMMENT = """(SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid = {oid}
         AND d.classoid = 'pg_catalog.{catalog}'::regclass AND d.objsubid = {sub})"""

TABLES = f"""
SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
       c.relreplident, (SELECT ic.relname FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid
         WHERE x.indrelid = c.oid AND x.indisreplident) AS replident_index,
       pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey,
       (SELECT p.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
         WHERE i.inhrelid = c.oid AND c.relispartition) AS parent,
       (SELECT pn.nspname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
         JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition)
         AS parent_schema,
       ARRAY(SELECT ARRAY[pn.nspname::text, p.relname::text] FROM pg_catalog.pg_inherits i
               JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid AND NOT c.relispartition ORDER BY i.inhseqno) AS inherits,
       {_COMMENT.format(oid='c.oid', catalog='pg_class', sub='0')} AS comment
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p')
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
ORDER BY n.nspname, c.relname"""

# The queries below take the oids TABLES found (as text[]): the set is computed once per read.
COLUMNS = f"""
SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
       a.attislocal, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr, a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       {_COMMENT.format(oid='a.attrelid', catalog='pg_class', sub='a.attnum')} AS comment,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN LATERAL (SELECT s.* FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
     WHERE a.attidentity <> '' AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = a.attrelid
       AND dep.refobjsubid = a.attnum AND dep.deptype = 'i' AND dep.classid = 'pg_catalog.pg_class'::regclass) s ON true
WHERE a.attrelid = ANY(%s::pg_catalog.oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum"""

# Key columns come as attribute numbers; their names are looked up in Python (see _keys).
KEYS = """
SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred, con.convalidated,
       con.confupdtype, con.confdeltype, con.confmatchtype, con.confrelid, rn.nspname AS ref_schema,
       rc.relname AS ref_table, con.conkey, con.confkey, i.indkey::pg_catalog.int2[] AS indkey, i.indnkeyatts,
       coalesce(i.indnullsnotdistinct, false) AS nulls_not_distinct
FROM pg_catalog.pg_constraint con
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u')
WHERE con.conrelid = ANY(%s::pg_catalog.oid[]) AND con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
ORDER BY con.conrelid, con.contype, con.conname"""

ATTRIBUTES = """
SELECT a.attrelid, a.attnum, a.attname FROM pg_catalog.pg_attribute a
WHERE a.attrelid = ANY(%s::pg_catalog.oid[]) AND a.attnum > 0"""

CONSTRAINTS = """
SELECT con.conrelid, con.conname, con.contype,
       CASE WHEN con.contype = 'x' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS def,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS expr,
       con.connoinherit, con.convalidated
FROM pg_catalog.pg_constraint con
WHERE con.conrelid = ANY(%s::pg_catalog.oid[]) AND con.contype IN ('c', 'x')
  AND con.conparentid = 0 AND (con.contype <> 'c' OR con.conislocal)
ORDER BY con.conrelid, con.contype, con.conname"""

INDEXES = f"""
SELECT i.indrelid, pg_catalog.pg_get_indexdef(i.indexrelid) AS def, ic.relname,
       {_COMMENT.format(oid='i.indexrelid', catalog='pg_class', sub='0')} AS comment
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE i.indrelid = ANY(%s::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = i.indexrelid
                  AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid)
ORDER BY i.indrelid, ic.relname"""

VIEW_INDEXES = f"""
SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS def
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'm' AND n.nspname = ANY(%s)
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
ORDER BY n.nspname, ic.relname"""

ENUMS = f"""
SELECT n.nspname, t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ANY(%s) AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_type', oid='t.oid')}
GROUP BY n.nspname, t.typname, t.oid ORDER BY n.nspname, t.typname"""

DOMAINS = f"""
SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull,
       t.typdefault, CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END AS collation,
       (SELECT array_agg(pg_catalog.pg_get_constraintdef(c.oid) ORDER BY c.conname) FROM pg_catalog.pg_constraint c
         WHERE c.contypid = t.oid) AS checks,
       (SELECT array_agg(c.conname::text ORDER BY c.conname) FROM pg_catalog.pg_constraint c
         WHERE c.contypid = t.oid) AS check_names
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
WHERE t.typtype = 'd' AND n.nspname = ANY(%s)
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_type', oid='t.oid')}
ORDER BY n.nspname, t.typname"""

COMPOSITES = f"""
SELECT n.nspname, t.typname,
       array_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
                 ORDER BY a.attnum) AS attrs
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE t.typtype = 'c' AND n.nspname = ANY(%s)
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_type', oid='t.oid')}
GROUP BY n.nspname, t.typname ORDER BY n.nspname, t.typname"""

SEQUENCES = """
SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       (SELECT tc.relname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
         WHERE d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass
           AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0) AS owner_table,
       (SELECT a.attname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_attribute a
           ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass
           AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0) AS owner_column,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
WHERE c.relkind = 'S' AND n.nspname = ANY(%s)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid
                  AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('i', 'e'))
ORDER BY n.nspname, c.relname"""

EXTENSION_SCHEMA = ("SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n "
                    "ON n.oid = e.extnamespace WHERE e.extname = %s")

EXTENSIONS = """
SELECT e.extname, n.nspname, CASE WHEN e.extversion IS DISTINCT FROM a.default_version THEN e.extversion END AS version
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
WHERE e.extname NOT IN ('plpgsql', 'plpython3u', 'ai_schema') ORDER BY e.extname"""

VIEWS = f"""
SELECT n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid) AS def,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY(%s)
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
ORDER BY n.nspname, c.relname"""

FUNCTIONS = f"""
SELECT pg_catalog.pg_get_functiondef(p.oid) AS def, p.prokind, n.nspname, p.proname,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(%s) AND p.prokind IN ('f', 'p')
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_proc', oid='p.oid')}
ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)"""

TRIGGERS = f"""
SELECT pg_catalog.pg_get_triggerdef(t.oid) AS def
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY(%s)
  AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
ORDER BY n.nspname, c.relname, t.tgname"""

POLICIES = f"""
SELECT n.nspname, c.relname, p.polname, p.polpermissive,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS cmd,
       CASE WHEN p.polroles = '{{0}}' THEN 'PUBLIC' ELSE
         (SELECT string_agg(pg_catalog.quote_ident(r.rolname), ', ' ORDER BY r.rolname)
            FROM pg_catalog.pg_roles r WHERE r.oid = ANY(p.polroles)) END AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS qual,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check
FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%s) AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
ORDER BY n.nspname, c.relname, p.polname"""

# Privileges as their difference from the built-in defaults (acldefault: the owner holds all,
# PUBLIC executes functions and uses types): what was granted beyond them, what was revoked.
_ACL_OBJECTS = f"""
  SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS objtype, n.nspname,
         pg_catalog.quote_ident(c.relname) AS ident, c.relacl AS acl, c.relowner AS owner,
         CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END AS code
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname = ANY(%s) AND c.relacl IS NOT NULL
    AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_class', oid='c.oid')}
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'i')       -- an identity's sequence goes with its column
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname,
         pg_catalog.quote_ident(p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         p.proacl, p.proowner, 'f'
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY(%s) AND p.proacl IS NOT NULL
    AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_proc', oid='p.oid')}
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, n.nspname, pg_catalog.quote_ident(t.typname),
         t.typacl, t.typowner, 'T'
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('e', 'd', 'c') AND n.nspname = ANY(%s) AND t.typacl IS NOT NULL
    AND (t.typtype <> 'c' OR (SELECT r.relkind FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid) = 'c')
    AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_type', oid='t.oid')}
  UNION ALL
  SELECT 'SCHEMA', NULL, pg_catalog.quote_ident(n.nspname), n.nspacl, n.nspowner, 'n'
  FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY(%s) AND n.nspacl IS NOT NULL"""

_GRANTEE = """CASE WHEN {g} = 0 THEN 'PUBLIC'
            WHEN {g} = o.owner AND pg_catalog.pg_get_userbyid(o.owner) = current_user THEN 'CURRENT_USER'
            ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid({g})) END"""

GRANTS = f"""
WITH o AS ({_ACL_OBJECTS})
SELECT o.objtype, o.nspname, o.ident, true AS granted, a.privilege_type, a.is_grantable,
       {_GRANTEE.format(g='a.grantee')} AS grantee
FROM o, LATERAL pg_catalog.aclexplode(o.acl) a
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(pg_catalog.acldefault(o.code::"char", o.owner)) b
                  WHERE b.grantee = a.grantee AND b.privilege_type = a.privilege_type
                    AND b.is_grantable = a.is_grantable)
UNION ALL
SELECT o.objtype, o.nspname, o.ident, false, b.privilege_type, false, {_GRANTEE.format(g='b.grantee')}
FROM o, LATERAL pg_catalog.aclexplode(pg_catalog.acldefault(o.code::"char", o.owner)) b
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(o.acl) a
                  WHERE a.grantee = b.grantee AND a.privilege_type = b.privilege_type)
ORDER BY 1, 2, 3, 7, 4, 6, 5"""

# Default privileges of the current role: a global entry replaces the built-in defaults (so it is
# read as its difference from acldefault()), a schema's entry adds to them (all grants).
DEFAULT_ACLS = """
WITH d AS (
  SELECT d.*, CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype::text END AS code, n.nspname
  FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
  WHERE pg_catalog.pg_get_userbyid(d.defaclrole) = current_user
    AND (d.defaclnamespace = 0 OR n.nspname = ANY(%s)))
SELECT d.defaclobjtype AS objtype, d.nspname, true AS granted, a.privilege_type, a.is_grantable,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' WHEN a.grantee = d.defaclrole THEN 'CURRENT_USER'
            ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END AS grantee
FROM d, LATERAL pg_catalog.aclexplode(d.defaclacl) a
WHERE d.defaclnamespace <> 0 OR NOT EXISTS (
  SELECT 1 FROM pg_catalog.aclexplode(pg_catalog.acldefault(d.code::"char", d.defaclrole)) b
  WHERE b.grantee = a.grantee AND b.privilege_type = a.privilege_type AND b.is_grantable = a.is_grantable)
UNION ALL
SELECT d.defaclobjtype, NULL, false, b.privilege_type, false,
       CASE WHEN b.grantee = 0 THEN 'PUBLIC' WHEN b.grantee = d.defaclrole THEN 'CURRENT_USER'
            ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(b.grantee)) END
FROM d, LATERAL pg_catalog.aclexplode(pg_catalog.acldefault(d.code::"char", d.defaclrole)) b
WHERE d.defaclnamespace = 0 AND NOT EXISTS (
  SELECT 1 FROM pg_catalog.aclexplode(d.defaclacl) a
  WHERE a.grantee = b.grantee AND a.privilege_type = b.privilege_type)
ORDER BY 1, 2, 3, 6, 5, 4"""
_DEFAULT_KINDS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}

COLLATIONS = f"""
SELECT n.nspname, c.collname, c.collprovider, c.collcollate, c.collctype, c.colliculocale, c.collisdeterministic
FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname = ANY(%s) AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_collation', oid='c.oid')}
ORDER BY n.nspname, c.collname"""

STATISTICS = f"""
SELECT pg_catalog.pg_get_statisticsobjdef(s.oid) AS def
FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
WHERE n.nspname = ANY(%s) AND {_NOT_EXTENSION_MEMBER.format(catalog='pg_catalog.pg_statistic_ext', oid='s.oid')}
ORDER BY n.nspname, s.stxname"""

NAMESPACES = """
SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY(%s)"""


def _sequence_clause(row):
    parts = [f"START WITH {row['seqstart']}", f"INCREMENT BY {row['seqincrement']}",
             f"MINVALUE {row['seqmin']}", f"MAXVALUE {row['seqmax']}", f"CACHE {row['seqcache']}"]
    if row["seqcycle"]:
        parts.append("CYCLE")
    return " ".join(parts)


class _Writer:
    """Writes catalog rows as DDL, qualifying names outside the default namespace."""

    def __init__(self, default):
        self.default = default
        self.out = []

    def name(self, schema, name):
        return qualified(name, None if schema == self.default else schema)

    def add(self, text):
        self.out.append(text.rstrip().rstrip(";") + ";")

    def text(self):
        return "\n".join(self.out)


@sqlparser.collector_paused()
def introspect(executor, namespaces):
    """Model of live namespaces; the first one is the target namespace (stored unqualified)."""
    namespaces = list(namespaces)
    default = namespaces[0]
    found = {row["nspname"]: row["comment"] for row in executor.query(NAMESPACES, (namespaces,))}
    missing = [n for n in namespaces if n not in found]
    if missing:
        raise AiSchemaError(f'schema "{missing[0][:63]}" does not exist', sqlstate=UNDEFINED_SCHEMA,
                            hint="Use live:<schema> with an existing schema of the current database.")
    old_path = executor.query("SELECT pg_catalog.current_setting('search_path') AS path")[0]["path"]
    executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (quote_ident(default),))
    try:
        parser = Parser(default)
        text = _read(executor, namespaces, found, parser)
        return parser.run(text) if text.strip() else parser.result()
    finally:
        executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (old_path,))


def _read(executor, namespaces, comments, parser):
    """Load tables into the parser as drafts; return the DDL for everything else."""
    default = namespaces[0]
    w = _Writer(default)
    q = (namespaces,)
    for ns in namespaces[1:]:
        w.add(f"CREATE SCHEMA {quote_ident(ns)}")
        if comments.get(ns):
            w.add(f"COMMENT ON SCHEMA {quote_ident(ns)} IS {quote_literal(comments[ns])}")
    for row in executor.query(EXTENSIONS):
        w.add(create_extension(m.Extension(row["extname"], None if row["nspname"] == default else row["nspname"],
                                           row["version"] or None)))
    _default_privileges(w, executor.query(DEFAULT_ACLS, q))
    for row in executor.query(COLLATIONS, q):
        if row["collprovider"] == "i":
            options = f"provider = icu, locale = {quote_literal(row['colliculocale'])}"
        else:
            options = f"provider = libc, lc_collate = {quote_literal(row['collcollate'])}, " \
                      f"lc_ctype = {quote_literal(row['collctype'])}"
        if not row["collisdeterministic"]:
            options += ", deterministic = false"
        w.add(f"CREATE COLLATION {w.name(row['nspname'], row['collname'])} ({options})")
    for row in executor.query(ENUMS, q):
        labels = ", ".join(quote_literal(v) for v in row["labels"])
        name = w.name(row["nspname"], row["typname"])
        w.add(f"CREATE TYPE {name} AS ENUM ({labels})")
        if row["comment"]:
            w.add(f"COMMENT ON TYPE {name} IS {quote_literal(row['comment'])}")
    for row in executor.query(DOMAINS, q):
        text = f"CREATE DOMAIN {w.name(row['nspname'], row['typname'])} AS {row['base']}"
        if row["collation"]:
            text += f" COLLATE {quote_ident(row['collation'])}"
        if row["typdefault"] is not None:
            text += f" DEFAULT {row['typdefault']}"
        if row["typnotnull"]:
            text += " NOT NULL"
        for cname, cdef in zip(row["check_names"] or (), row["checks"] or ()):
            if cdef != "NOT NULL":
                text += f" CONSTRAINT {quote_ident(cname)} {cdef}"
        w.add(text)
    for row in executor.query(COMPOSITES, q):
        w.add(f"CREATE TYPE {w.name(row['nspname'], row['typname'])} AS ({', '.join(row['attrs'])})")
    for row in executor.query(FUNCTIONS, q):
        w.add(row["def"])
        if row["comment"]:
            kind = "PROCEDURE" if row["prokind"] == "p" else "FUNCTION"
            w.add(f"COMMENT ON {kind} {w.name(row['nspname'], row['proname'])}({row['identity_args']}) "
                  f"IS {quote_literal(row['comment'])}")
    sequences = executor.query(SEQUENCES, q)
    for row in sequences:
        name = w.name(row["nspname"], row["relname"])
        w.add(f"CREATE SEQUENCE {name} AS {row['type']} {_sequence_clause(row)}")
        if row["comment"]:
            w.add(f"COMMENT ON SEQUENCE {name} IS {quote_literal(row['comment'])}")

    tables = executor.query(TABLES, q)
    names = {t["oid"]: w.name(t["nspname"], t["relname"]) for t in tables}
    rels = ([str(oid) for oid in names],)
    expressions = _Expressions(parser)
    columns = executor.query(COLUMNS, rels)
    drafts = _table_drafts(columns, tables, parser, w, names, expressions)
    for row in sequences:
        if row["owner_table"]:
            owner = w.name(row["nspname"], row["owner_table"])
            w.add(f"ALTER SEQUENCE {w.name(row['nspname'], row['relname'])} OWNED BY "
                  f"{owner}.{quote_ident(row['owner_column'])}")
    _keys(executor, rels, columns, drafts, parser)
    for row in executor.query(CONSTRAINTS, rels):
        if row["contype"] == "c":
            draft = drafts[row["conrelid"]]
            draft.checks.append(m.CheckConstraint(
                name=row["conname"], expression=expressions.check(row["expr"], draft),
                no_inherit=row["connoinherit"], not_valid=not row["convalidated"]))
        else:
            w.add(f"ALTER TABLE {names[row['conrelid']]} ADD CONSTRAINT {quote_ident(row['conname'])} {row['def']}")
    indexes = _Indexes(parser)
    for row in executor.query(INDEXES, rels):
        if not indexes.add(row, drafts[row["indrelid"]]):
            w.add(row["def"])
        if row["comment"]:
            schema = drafts[row["indrelid"]].schema or default
            w.add(f"COMMENT ON INDEX {w.name(schema, row['relname'])} IS {quote_literal(row['comment'])}")
    for row in executor.query(VIEWS, q):
        kind = "MATERIALIZED VIEW" if row["relkind"] == "m" else "VIEW"
        name = w.name(row["nspname"], row["relname"])
        w.add(f"CREATE {kind} {name} AS {row['def']}")
        if row["comment"]:
            w.add(f"COMMENT ON {kind} {name} IS {quote_literal(row['comment'])}")
    for row in executor.query(VIEW_INDEXES, q):
        w.add(row["def"])
    for row in executor.query(TRIGGERS, q):
        w.add(row["def"])
    for row in executor.query(STATISTICS, q):
        w.add(row["def"])
    for row in executor.query(POLICIES, q):
        text = (f"CREATE POLICY {quote_ident(row['polname'])} ON {w.name(row['nspname'], row['relname'])} AS "
                f"{'PERMISSIVE' if row['polpermissive'] else 'RESTRICTIVE'} FOR {row['cmd']} TO {row['roles']}")
        if row["qual"] is not None:
            text += f" USING ({row['qual']})"
        if row["with_check"] is not None:
            text += f" WITH CHECK ({row['with_check']})"
        w.add(text)
    _grants(w, executor.query(GRANTS, (namespaces, namespaces, namespaces, namespaces[1:])))
    return w.text()


class _Expressions:
    """Canonical text of catalog expressions, each distinct one parsed once.

    Schemas repeat the same defaults and CHECKs from table to table (``now()``,
    ``amount >= (0)::numeric``); a CHECK's canonical form also depends on the column
    types of its table, which are part of its key."""

    def __init__(self, parser):
        self.parser = parser
        self.memo = {}

    def default(self, text):
        key = ("default", text)
        if key not in self.memo:
            self.memo[key] = self.parser.default_text(parse_expression(text))
        return self.memo[key]

    def check(self, text, draft):
        types = draft.types()
        key = ("check", text, tuple(sorted(types.items())))
        if key not in self.memo:
            self.memo[key] = expression_text(parse_expression(text), types)
        return self.memo[key]


class _Indexes:
    """Indexes of live tables, each distinct definition parsed once.

    pg_get_indexdef() spells 'CREATE [UNIQUE] INDEX <name> ON <schema>.<table> USING <rest>'; schemas
    repeat the rest from table to table ('btree (parent_id)'), and what the model keeps of it depends
    only on that text and the types of the columns it names. A definition spelled otherwise ('ON
    ONLY' a partitioned table) goes through the parser with the rest of the DDL."""

    def __init__(self, parser):
        self.parser = parser
        self.memo = {}

    def add(self, row, draft):
        """Put the row's index on its table's draft; False if its definition is not in the usual form."""
        name, text = row["relname"], row["def"]
        rest = f" INDEX {quote_ident(name)} ON {qualified(draft.name, draft.schema or self.parser.default_schema)} USING "
        unique = text.startswith("CREATE UNIQUE" + rest)
        if not unique and not text.startswith("CREATE" + rest):
            return False
        tail = text[len("CREATE UNIQUE" if unique else "CREATE") + len(rest):]
        words = {word for word in _WORDS.findall(tail) if word[0] != "'"}
        types = draft.types()
        named = types.items() if quote_ident(draft.name) in words else (
            (column, kind) for column, kind in types.items() if quote_ident(column) in words)
        key = (unique, tail, tuple(sorted(named)))
        index = self.memo.get(key)
        if index is None:
            self.parser.statement(sqlparser.parse(text)[0])
            self.memo[key] = draft.indexes[name]
        else:
            self.parser.chooser(draft.schema).take_relation(name)
            draft.indexes[name] = dataclasses.replace(index, name=name)
        return True


# The identifiers in an index definition as the server spells them (quoted where needed), and
# its string literals (whose insides are not identifiers).
_WORDS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^\W\d][\w$]*")


def _table_drafts(rows, tables, parser, w, names, expressions):
    """Tables and columns straight from the catalog (format_type() already spells types the
    canonical way; parse_type() confirms it); partitions are attached through the parser."""
    columns = {}
    for row in rows:
        columns.setdefault(row["attrelid"], []).append(row)
    types = {}
    drafts = {}
    for t in tables:
        draft = TableDraft(t["relname"], parser.schema_of(t["nspname"]))
        draft.unlogged = t["relpersistence"] == "u"
        draft.row_security, draft.force_row_security = t["relrowsecurity"], t["relforcerowsecurity"]
        draft.replica_identity = replica_identity(t["relreplident"], t["replident_index"])
        draft.comment = t["comment"]
        parser.tables[(draft.schema, draft.name)] = drafts[t["oid"]] = draft
        if t["parent"] is not None and t["bound"] is not None:
            w.add(f"ALTER TABLE {w.name(t['parent_schema'], t['parent'])} ATTACH PARTITION {names[t['oid']]} "
                  f"{t['bound']}")      # its columns are the parent's; the parser keeps what differs
        for c in columns.get(t["oid"], []):
            if t["inherits"] and not c["attislocal"]:
                continue                      # inherited from a parent: not the table's own column
            if c["type"] not in types:
                types[c["type"]] = parse_type(c["type"], parser.default_schema)
            col = draft.columns[c["attname"]] = {
                "name": c["attname"], "type": types[c["type"]], "nullable": not c["attnotnull"],
                "collation": c["collation"], "comment": c["comment"]}
            if c["attgenerated"] == "s":
                col["generated"] = parse_expression(c["default_expr"])
            elif c["default_expr"] is not None:
                col["default"] = expressions.default(c["default_expr"])
            if c["attidentity"]:
                set_identity(col, "always" if c["attidentity"] == "a" else "by default",
                             canonical_sequence_options(
                                 {"start": c["seqstart"], "increment": c["seqincrement"], "min_value": c["seqmin"],
                                  "max_value": c["seqmax"], "cache": c["seqcache"], "cycle": c["seqcycle"]},
                                 column_type=col["type"]))
        parser.generated_columns(draft)
        draft.inherits = [_Inherited(parser, schema, name) for schema, name in t["inherits"] or ()]
        if t["partkey"]:
            spec = sqlparser.parse(f"CREATE TABLE p (x int) PARTITION BY {t['partkey']}")[0].node.partspec
            draft.partition_by = parser.partition_spec(spec, draft)
    return drafts


class _Inherited:
    """An INHERITS parent of a live table, looked up when the model is frozen (it may be read later)."""

    def __init__(self, parser, schema, name):
        self.parser, self.ref = parser, m.Ref(name, parser.schema_of(schema))

    def _draft(self):
        return self.parser.tables.get((self.ref.schema, self.ref.name))

    def types(self):
        draft = self._draft()
        return draft.types() if draft else {}

    @property
    def columns(self):
        draft = self._draft()
        return draft.columns if draft else {}

    @property
    def inherits(self):
        draft = self._draft()
        return draft.inherits if draft else []

    def column(self, name, statement):
        return self._draft().column(name, statement)


def _keys(executor, rels, columns, drafts, parser):
    """Primary keys, UNIQUE and foreign keys straight from pg_constraint; column numbers are named
    from the columns already read (a referenced table outside the namespaces: one more query)."""
    rows = executor.query(KEYS, rels)
    attnames = {(c["attrelid"], c["attnum"]): c["attname"] for c in columns}
    outside = sorted({row["confrelid"] for row in rows if row["contype"] == "f"} - set(drafts))
    if outside:
        for a in executor.query(ATTRIBUTES, ([str(oid) for oid in outside],)):
            attnames[(a["attrelid"], a["attnum"])] = a["attname"]

    def named(rel, numbers):
        return tuple(attnames[(rel, n)] for n in numbers or ())

    for row in rows:
        draft = drafts[row["conrelid"]]
        if row["contype"] == "f":
            draft.foreign_keys.append(m.ForeignKey(
                name=row["conname"], columns=named(row["conrelid"], row["conkey"]),
                ref_table=m.Ref(row["ref_table"], parser.schema_of(row["ref_schema"])),
                ref_columns=named(row["confrelid"], row["confkey"]), on_delete=FK_ACTIONS[row["confdeltype"]],
                on_update=FK_ACTIONS[row["confupdtype"]], match=FK_MATCH[row["confmatchtype"]],
                deferrable=row["condeferrable"], initially_deferred=row["condeferred"],
                not_valid=not row["convalidated"]))
            continue
        indkey = row["indkey"] or ()
        key = m.KeyConstraint(name=row["conname"], columns=named(row["conrelid"], row["conkey"]),
                              include=named(row["conrelid"], indkey[row["indnkeyatts"]:]),
                              deferrable=row["condeferrable"], initially_deferred=row["condeferred"],
                              nulls_not_distinct=row["nulls_not_distinct"])
        if row["contype"] == "p":
            draft.primary_key = key
        else:
            draft.uniques.append(key)


def _default_privileges(w, rows):
    grouped = {}
    for row in rows:
        key = (row["objtype"], row["nspname"], row["granted"], row["grantee"], row["is_grantable"])
        grouped.setdefault(key, []).append(row["privilege_type"])
    for (objtype, schema, granted, grantee, grantable), privileges in grouped.items():
        w.add(default_privileges_sql(None, schema, granted, privileges, _DEFAULT_KINDS[objtype], grantee, grantable))


def _grants(w, rows):
    grouped = {}
    for row in rows:
        key = (row["objtype"], row["nspname"], row["ident"], row["granted"], row["grantee"], row["is_grantable"])
        grouped.setdefault(key, []).append(row["privilege_type"])
    for (objtype, schema, ident, granted, grantee, grantable), privileges in grouped.items():
        name = ident if schema in (None, w.default) else f"{quote_ident(schema)}.{ident}"
        privileges = ", ".join(sorted(privileges))
        if granted:
            w.add(f"GRANT {privileges} ON {objtype} {name} TO {grantee}" + (" WITH GRANT OPTION" if grantable else ""))
        else:
            w.add(f"REVOKE {privileges} ON {objtype} {name} FROM {grantee}")


ROWS = ("SELECT n.nspname, c.relname, greatest(c.reltuples, 0)::bigint AS rows FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p', 'm')")


def extension_schema(executor, name):
    """The schema an extension is installed in, or None when it is not installed."""
    found = executor.query(EXTENSION_SCHEMA, (name,))
    return found[0]["nspname"] if found else None


def row_estimates(executor, namespaces):
    """{qualified table name: pg_class.reltuples} for live namespaces (the first one unqualified)."""
    return {qualified(r["relname"], None if r["nspname"] == namespaces[0] else r["nspname"]): r["rows"]
            for r in executor.query(ROWS, (list(namespaces),))}


def parse_namespaces(spec):
    """'app' or 'app,audit' -> ['app', 'audit'] (first one is the target namespace)."""
    names = [n.strip() for n in (spec or "").split(",") if n.strip()]
    if not names:
        raise AiSchemaError("live: needs a schema name", hint="For example live:public.")
    return [n[1:-1].replace('""', '"') if n.startswith('"') and n.endswith('"') else n for n in names]


# Triggers whose code the caller cannot vouch for: their function belongs to another role that is
# no superuser. Writing rows (sample data, an advice's measured backfill) would run that role's
# code with the caller's rights, and its side effects would outlive a rollback.
FOREIGN_TRIGGERS = """
SELECT t.tgname, p.oid::pg_catalog.regprocedure::text AS fn, r.rolname AS owner
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  JOIN pg_catalog.pg_roles r ON r.oid = p.proowner
 WHERE t.tgrelid = pg_catalog.to_regclass(%s) AND NOT t.tgisinternal AND t.tgenabled <> 'D'
   AND r.rolname <> current_user AND NOT r.rolsuper
 ORDER BY 1 LIMIT 1
"""


def foreign_trigger(executor, table):
    """An enabled user trigger of a table (regclass text) whose function belongs to another role that
    is no superuser, or None: writing rows would run that role's code with the caller's rights."""
    found = executor.query(FOREIGN_TRIGGERS, (table,))
    return found[0] if found else None
