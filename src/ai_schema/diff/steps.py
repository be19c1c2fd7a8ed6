"""One migration step: its SQL and what running it costs and risks.

A plan is a list of steps. Besides the statement, a step carries what the impact
report and the scripts need: the table it locks and how (PostgreSQL's lock level
for that command), whether it rewrites or scans the table, whether it can run in
a transaction, and what it does to data (``lossless``, ``lossy`` with what is
lost, or ``irreversible`` when it fails on data written since).
"""

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
