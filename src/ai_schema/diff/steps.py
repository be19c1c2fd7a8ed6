"""One migration step: its SQL and what running it costs and risks.

A plan is a list of steps. Besides the statement, a step carries what the impact
report and the scripts need: the table it locks and how (PostgreSQL's lock level
for that command), whether it rewrites or scans the table, whether it can run in
a transaction, and what it does to data (``lossless``, ``lossy`` with what is
lost, or ``irreversible`` when it fails on data written since).
"""

import re
from dataclasses import dataclass

# Lock levels, weakest first (names as in PostgreSQL's docs).
ACCESS_SHARE = "ACCESS SHARE"
SHARE_UPDATE_EXCLUSIVE = "SHARE UPDATE EXCLUSIVE"
SHARE = "SHARE"
SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE"
ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE"
LOCKS = (None, ACCESS_SHARE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, ACCESS_EXCLUSIVE)

LOSSLESS, LOSSY, IRREVERSIBLE = "lossless", "lossy", "irreversible"


@dataclass
class Step:
    sql: str
    table: str | None = None          # qualified name of the table it locks, if any
    lock: str | None = None
    rewrite: bool = False             # rewrites the whole table
    scan: bool = False                # reads the whole table under the lock (validation, index build)
    transactional: bool = True        # False: must run outside a transaction block
    fallback: str | None = None       # the in-transaction form (used when proving the plan)
    data: str = LOSSLESS              # lossless | lossy | irreversible
    note: str | None = None           # what is lost, or why it may fail
    breaking: str | None = None       # what clients of the schema notice

    def row(self):
        return {"sql": self.sql, "table": self.table, "lock": self.lock, "rewrite": self.rewrite,
                "scan": self.scan, "transactional": self.transactional, "data": self.data,
                "note": self.note, "breaking": self.breaking}


# Functions whose value differs per row: a DEFAULT using one makes ADD COLUMN rewrite the table.
_VOLATILE = re.compile(r"\b(random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|nextval)\s*\(")


def volatile(expression):
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
