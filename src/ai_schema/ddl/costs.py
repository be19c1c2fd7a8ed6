"""What a statement costs PostgreSQL, in one table for the linter and the planner: which
functions are volatile (a DEFAULT using one makes ADD COLUMN rewrite the table), and which type
changes rewrite the table or can fail on existing values. Approvals bind to these hazards, so
the linter and the planner must never disagree on them."""

import re

# pg_proc.provolatile = 'v' among the functions defaults use. now(), statement_timestamp(),
# transaction_timestamp() and txid_current() are STABLE: one value per statement, no rewrite.
VOLATILE_FUNCTIONS = ("random", "clock_timestamp", "timeofday", "gen_random_uuid", "uuid_generate_v1",
                      "uuid_generate_v1mc", "uuid_generate_v4", "nextval")
_VOLATILE = re.compile(r"\b(" + "|".join(VOLATILE_FUNCTIONS) + r")\s*\(", re.I)


def volatile(expression):
    """Does an expression call a volatile function (so every row gets its own value)?"""
    return bool(expression and _VOLATILE.search(expression))


_TYPMOD = re.compile(r"^(?P<base>[a-z ]+?)(?:\((?P<args>[0-9, ]+)\))?(?P<array>(\[\])*)$")
_WIDENING_FREE = {("character varying", "text"), ("varchar", "text"), ("cidr", "inet"),
                  ("timestamp without time zone", "timestamp without time zone")}


def rewrites(old_type, new_type):
    """Does ALTER COLUMN … TYPE rewrite the table? False only for the binary-coercible changes
    PostgreSQL skips the rewrite for: longer varchar, varchar to text, wider numeric precision with
    the same scale, dropping a length limit."""
    a, b = _TYPMOD.match(old_type or ""), _TYPMOD.match(new_type or "")
    if not a or not b or a.group("array") != b.group("array"):
        return True
    base_a, base_b = a.group("base"), b.group("base")
    args_a = [int(x) for x in (a.group("args") or "").replace(" ", "").split(",") if x]
    args_b = [int(x) for x in (b.group("args") or "").replace(" ", "").split(",") if x]
    if (base_a, base_b) in _WIDENING_FREE:
        return False
    if base_a != base_b:
        return True
    if not args_b:
        return False                              # limit removed: varchar(n) -> varchar, numeric(p,s) -> numeric
    if not args_a:
        return True
    if base_a in ("character varying", "varchar", "bit varying"):
        return args_b[0] < args_a[0]
    if base_a == "numeric":
        scale_a = args_a[1] if len(args_a) > 1 else 0
        scale_b = args_b[1] if len(args_b) > 1 else 0
        return not (scale_a == scale_b and args_b[0] >= args_a[0])
    return args_a != args_b


def narrows(old_type, new_type):
    """A type change that can fail on existing values (anything but a known widening)."""
    if not rewrites(old_type, new_type):
        return False
    widen = {("smallint", "integer"), ("smallint", "bigint"), ("integer", "bigint"), ("real", "double precision"),
             ("integer", "numeric"), ("bigint", "numeric"), ("smallint", "numeric"), ("date", "timestamp with time zone"),
             ("date", "timestamp without time zone"), ("timestamp without time zone", "timestamp with time zone"),
             ("json", "jsonb"), ("character", "text"), ("character varying", "text"), ("integer", "text"),
             ("bigint", "text"), ("uuid", "text"), ("boolean", "text"), ("character", "character varying")}
    a, b = _TYPMOD.match(old_type or ""), _TYPMOD.match(new_type or "")
    if a and b and a.group("array") == b.group("array"):
        pair = (a.group("base"), b.group("base"))
        if pair in widen or (pair[1] == "text" and not b.group("args")):
            return False
    return True
