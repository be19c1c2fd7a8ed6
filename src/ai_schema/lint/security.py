"""Security: tenant isolation, grants to PUBLIC, SECURITY DEFINER without a pinned search_path."""

import re

from ..ddl.naming import TENANT_COLUMNS, qualified
from .registry import rule



def _tenancy(schema):
    """Does the schema show it is multi-tenant? A tenants/organizations/workspaces table, row-level
    security on some table, or a column that says tenant outright. An account_id alone does not:
    plain applications have accounts too."""
    if any(t.row_security for t in schema.tables):
        return True
    if any(re.search(r"(^|_)(tenant|tenants|organization|organizations|organisation|organisations|workspace|"
                     r"workspaces|org|orgs)$", t.name) for t in schema.tables):
        return True
    return any(c.name == "tenant_id" for t in schema.tables for c in t.columns)


@rule("tenant-table-without-rls", "warning", "authz", """
    A table scoped by tenant_id (or organization_id, workspace_id…) relies on every query
    remembering the filter; one forgotten WHERE leaks another tenant's rows. Enable row-level
    security with a policy on the tenant column (and FORCE it for the table owner). Fires only
    where the schema shows tenancy: a tenant_id column, a tenants/organizations/workspaces table,
    or row-level security on another table.""")
def tenant_table_without_rls(schema):
    if not _tenancy(schema):
        return
    for t in schema.tables:
        if t.partition_of is None and not t.row_security and any(c.name in TENANT_COLUMNS for c in t.columns):
            name = qualified(t.name, t.schema)
            yield (name, f"{name} holds tenant rows without row-level security",
                   f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;")


@rule("grant-to-public", "warning", "authz", """
    A privilege granted to PUBLIC is held by every role, present and future, including roles
    created for other applications. Grant to a dedicated role instead.""")
def grant_to_public(schema):
    for o in schema.opaques:
        if o.kind == "grant" and re.search(r"\bTO PUBLIC\b", o.sql, re.I) and o.sql.upper().startswith("GRANT"):
            yield o.name, f"{o.sql} gives every role access", o.sql.replace("GRANT", "REVOKE", 1).replace(" TO ", " FROM ") + ";"


@rule("security-definer-without-search-path", "error", "authz", """
    A SECURITY DEFINER function runs with its owner's rights; without a pinned search_path a
    caller can put a schema first in the path and make it call their own objects with those
    rights. Add SET search_path = pg_catalog, pg_temp (and qualify names).""")
def security_definer_without_search_path(schema):
    for o in schema.opaques:
        if o.kind in ("function", "procedure") and re.search(r"\bSECURITY DEFINER\b", o.sql, re.I) \
                and not re.search(r"\bSET search_path\b", o.sql, re.I):
            name = qualified(o.name, o.schema)
            yield (name, f"SECURITY DEFINER {o.kind} {name} has no pinned search_path",
                   f"ALTER {o.kind.upper()} {name} SET search_path = pg_catalog, pg_temp;")
