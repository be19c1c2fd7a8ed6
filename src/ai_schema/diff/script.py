"""Steps -> the text of an up or down script that psql can run as it is.

Transactional steps are grouped in BEGIN … COMMIT blocks; a step that cannot run
in a transaction block (CREATE INDEX CONCURRENTLY, an enum value that later steps
use) closes the block, runs on its own, marked, and the next block opens after
it. Safe mode starts with lock_timeout and statement_timeout, so a step waiting
behind a long transaction gives up instead of queueing every query behind it.
"""


def render(steps, direction, settings=()):
    """Script text; '' when there is nothing to do."""
    if not steps:
        return ""
    outside = sum(not s.transactional for s in steps)
    out = [f"-- ai_schema migration ({direction}): {len(steps)} steps"]
    if outside:
        out.append(f"-- {outside} of them cannot run inside a transaction block: each runs on its own, between "
                   "the transactions, and is marked below.")
    out += [f"SET {name} = '{value}';" for name, value in settings]
    open_block = False
    for step in steps:
        if step.transactional and not open_block:
            out.append("BEGIN;")
            open_block = True
        elif not step.transactional:
            if open_block:
                out.append("COMMIT;")
                open_block = False
            out.append("-- outside a transaction block:")
        out.append(step.sql + ";")
    if open_block:
        out.append("COMMIT;")
    return "\n".join(out) + "\n"
