"""Privileges: GRANT/REVOKE and ALTER DEFAULT PRIVILEGES, kept as their difference from the
object's built-in defaults (acldefault), the form the catalog is read back in."""

from .. import model as m
from .. import sqlparser
from ..errors import AiSchemaError, NOT_SUPPORTED
from ..sqlparser import ast, enums
from .naming import quote_ident

# ALTER DEFAULT PRIVILEGES … ON <kind>: every privilege of the kind, for ALL
DEFAULT_PRIVILEGE_KINDS = {
    enums.ObjectType.OBJECT_TABLE: ("TABLES", ("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE",
                                               "UPDATE")),
    enums.ObjectType.OBJECT_SEQUENCE: ("SEQUENCES", ("SELECT", "UPDATE", "USAGE")),
    enums.ObjectType.OBJECT_FUNCTION: ("FUNCTIONS", ("EXECUTE",)),
    enums.ObjectType.OBJECT_TYPE: ("TYPES", ("USAGE",)),
    enums.ObjectType.OBJECT_SCHEMA: ("SCHEMAS", ("CREATE", "USAGE")),
}


_ROLE_SPECS = {enums.RoleSpecType.ROLESPEC_PUBLIC: "PUBLIC", enums.RoleSpecType.ROLESPEC_CURRENT_USER: "CURRENT_USER",
               enums.RoleSpecType.ROLESPEC_CURRENT_ROLE: "CURRENT_USER",
               enums.RoleSpecType.ROLESPEC_SESSION_USER: "SESSION_USER"}


ACL_PRIVILEGES = {
    enums.ObjectType.OBJECT_TABLE: ("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"),
    enums.ObjectType.OBJECT_SEQUENCE: ("SELECT", "UPDATE", "USAGE"),
    enums.ObjectType.OBJECT_FUNCTION: ("EXECUTE",), enums.ObjectType.OBJECT_PROCEDURE: ("EXECUTE",),
    enums.ObjectType.OBJECT_ROUTINE: ("EXECUTE",),
    enums.ObjectType.OBJECT_TYPE: ("USAGE",), enums.ObjectType.OBJECT_DOMAIN: ("USAGE",),
    enums.ObjectType.OBJECT_SCHEMA: ("CREATE", "USAGE"),
}


_PUBLIC_BY_DEFAULT = {enums.ObjectType.OBJECT_FUNCTION, enums.ObjectType.OBJECT_PROCEDURE,
                      enums.ObjectType.OBJECT_ROUTINE, enums.ObjectType.OBJECT_TYPE, enums.ObjectType.OBJECT_DOMAIN}


def _acl_default(objtype, grantee):
    """What a grantee holds on a new object (acldefault): the owner everything, PUBLIC EXECUTE/USAGE
    on functions and types."""
    if grantee in ("CURRENT_USER", "SESSION_USER"):
        return ACL_PRIVILEGES[objtype]
    if grantee == "PUBLIC" and objtype in _PUBLIC_BY_DEFAULT:
        return ACL_PRIVILEGES[objtype]
    return ()


def role_text(spec):
    """A RoleSpec as canonical text: PUBLIC, CURRENT_USER (also for CURRENT_ROLE) or the quoted name."""
    return _ROLE_SPECS.get(spec.roletype) or quote_ident(spec.rolename)


def default_privileges_sql(role, schema, grant, privileges, kind, grantee, grant_option=False):
    """The canonical ALTER DEFAULT PRIVILEGES statement for one grantee (what parser and catalog agree on)."""
    text = "ALTER DEFAULT PRIVILEGES"
    if role:
        text += f" FOR ROLE {role}"
    if schema:
        text += f" IN SCHEMA {quote_ident(schema)}"
    text += f" {'GRANT' if grant else 'REVOKE'} {', '.join(sorted(privileges))} ON {kind} "
    text += f"{'TO' if grant else 'FROM'} {grantee}"
    return text + (" WITH GRANT OPTION" if grant and grant_option else "")



class Privileges:
    """The parser's statements about privileges (mixed into :class:`.parse.Parser`, whose state
    ``acls``, ``default_grants`` and ``opaques`` they keep)."""

    def on_GrantStmt(self, node, statement):
        """Privileges on an object, kept as what they change from the object's built-in defaults (the
        owner holds all, PUBLIC may execute functions and use types): a GRANT per grantee of what it
        adds, a REVOKE of the defaults it takes away - the form the catalog is read back in."""
        objects = list(node.objects or ())
        grantees = list(node.grantees or ())
        every = ACL_PRIVILEGES.get(node.objtype)
        column_level = any(p.cols for p in node.privileges or ())
        for obj in objects:
            if isinstance(obj, ast.RangeVar):
                self.unqualify(obj)
            for grantee in grantees:
                privileges = tuple(sorted(node.privileges, key=lambda p: p.priv_name)) if node.privileges else None
                single = ast.GrantStmt(is_grant=node.is_grant, targtype=node.targtype, objtype=node.objtype,
                                       objects=(obj,), privileges=privileges, grantees=(grantee,),
                                       grant_option=node.grant_option, behavior=node.behavior)
                target = sqlparser.deparse(single).partition(" ON ")[2]
                if every is None or column_level or node.targtype != enums.GrantTargetType.ACL_TARGET_OBJECT:
                    if column_level:                 # one opaque per column list, not one per grantee
                        target = sqlparser.deparse(single).partition(" ")[2]
                    self.add_opaque("grant", target, single)
                    continue
                obj_text = target.rpartition(" TO ")[0] if node.is_grant else target.rpartition(" FROM ")[0]
                self.acl_change(node.objtype, obj_text, role_text(grantee), node.is_grant,
                                {p.priv_name.upper() for p in node.privileges} if node.privileges else set(every),
                                bool(node.grant_option))

    def acl_change(self, objtype, obj, grantee, grant, privileges, option):
        state = self.acls.setdefault((obj, grantee), {
            "objtype": objtype, "held": set(_acl_default(objtype, grantee)), "options": set()})
        if grant:
            state["held"] |= privileges
            if option:
                state["options"] |= privileges
        else:
            if not option:                           # REVOKE GRANT OPTION FOR keeps the privilege
                state["held"] -= privileges
            state["options"] -= privileges

    def finish_acls(self):
        """The canonical GRANT/REVOKE opaques of every object's privileges."""
        for (obj, grantee), state in sorted(self.acls.items()):
            default = set(_acl_default(state["objtype"], grantee))
            added_plain = state["held"] - default - state["options"]
            added_option = state["options"] & state["held"]
            removed = default - state["held"]
            for privileges, sql in ((added_plain, f"GRANT {{}} ON {obj} TO {grantee}"),
                                    (added_option, f"GRANT {{}} ON {obj} TO {grantee} WITH GRANT OPTION"),
                                    (removed, f"REVOKE {{}} ON {obj} FROM {grantee}")):
                if privileges:
                    text = sql.format(", ".join(sorted(privileges)))
                    self.opaques[("grant", None, text.partition(" ON ")[2])] = m.Opaque(
                        kind="grant", name=text.partition(" ON ")[2], sql=text)

    def on_AlterDefaultPrivilegesStmt(self, node, statement):
        """Default privileges of objects created later: one opaque per role, schema and grantee; tables
        and sequences this text creates afterwards get the grants, as the server gives them."""
        roles = [role_text(r) for o in node.options or () if o.defname == "roles" for r in o.arg]
        schemas = [s.sval for o in node.options or () if o.defname == "schemas" for s in o.arg]
        action = node.action
        kind, every = DEFAULT_PRIVILEGE_KINDS.get(action.objtype, (None, ()))
        if kind is None:
            raise AiSchemaError(f"default privileges on {action.objtype.name} are not supported "
                                f"({statement.where()})", sqlstate=NOT_SUPPORTED)
        privileges = tuple(sorted({p.priv_name.upper() for p in action.privileges})) if action.privileges else every
        for role in roles or [None]:
            for schema in schemas or [None]:
                for grantee in action.grantees:
                    name = role_text(grantee)
                    sql = default_privileges_sql(role, schema, action.is_grant, privileges, kind, name,
                                                 bool(action.grant_option))
                    self.add_opaque("default privileges", sql.partition("ALTER DEFAULT PRIVILEGES ")[2],
                                    sqlparser.parse(sql)[0].node)
                    if role is None:
                        self.default_grants.append((kind, schema, name, privileges, action.is_grant,
                                                    bool(action.grant_option)))

    def apply_default_grants(self, kind, schema, target, word=None):
        """The privileges the server gives a new object from the default privileges set before it;
        target is the object's name as GRANT … ON <word> names it."""
        if not self.default_grants:
            return
        node = sqlparser.parse(f"GRANT ALL ON {word or kind[:-1]} {target} TO PUBLIC")[0].node
        for obj_node in node.objects:
            if isinstance(obj_node, ast.RangeVar):
                self.unqualify(obj_node)
        objtype = node.objtype
        obj = sqlparser.deparse(node).partition(" ON ")[2].rpartition(" TO ")[0]
        for k, scope, grantee, privileges, grant, option in self.default_grants:
            if k == kind and scope in (None, schema or self.default_schema):
                self.acl_change(objtype, obj, grantee, grant, set(privileges), option)
