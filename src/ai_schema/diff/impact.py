"""What a plan does to a running database: locks, rewrites, data, clients, time, risk.

Durations are rough: a table rewrite costs about ROW_REWRITE seconds per row, a
scan or index build ROW_SCAN; with no row estimates (neither side live) tables
count as empty and the report says the estimate is unknown.
"""

from .steps import ACCESS_EXCLUSIVE, IRREVERSIBLE, LOSSY

ROW_REWRITE = 4e-6
ROW_SCAN = 1e-6


def _seconds(step, rows):
    n = rows.get(step.table, 0) if step.table else 0
    return n * (ROW_REWRITE if step.rewrite else ROW_SCAN if step.scan else 0)


def group_hazards(findings):
    """Lint findings on the up script, one entry per rule: the objects it concerns and its fix."""
    rules = {}
    for f in findings:
        entry = rules.setdefault(f["rule_id"], {"rule_id": f["rule_id"], "severity": f["severity"],
                                                 "hazard": f["hazard"], "message": f["message"], "fix": f["fix"],
                                                 "objects": []})
        if f["object_name"] not in entry["objects"]:
            entry["objects"].append(f["object_name"])
    return list(rules.values())


def analyze(up, down, rows=None, hazards=(), suggestions=(), safe=False):
    """The impact report (a dict for jsonb) of up steps and their down steps."""
    hazards = group_hazards(hazards)
    known = rows is not None
    rows = rows or {}
    tables = sorted({s.table for s in up if s.table})
    blocking = [s for s in up if s.lock == ACCESS_EXCLUSIVE and (s.rewrite or s.scan)]
    downtime = sum(_seconds(s, rows) for s in blocking)
    duration = sum(_seconds(s, rows) for s in up)
    data_loss = [s.note for s in up if s.data == LOSSY]
    may_fail = [s.note for s in up if s.data == IRREVERSIBLE]
    breaking = [s.breaking for s in up if s.breaking]
    if not up:
        risk = "none"
    elif data_loss or (breaking and any("removed" in b for b in breaking)):
        risk = "high"
    elif blocking or breaking or may_fail or any(h["severity"] == "error" for h in hazards):
        risk = "medium"
    else:
        risk = "low"
    recommendations = []
    if data_loss:
        recommendations.append("Back up the data listed under data_loss first: down cannot bring it back.")
    if blocking and not safe:
        recommendations.append('Run with {"safe": true}: indexes built CONCURRENTLY, constraints added NOT VALID '
                               "then validated, NOT NULL through a validated CHECK.")
    if any(s.rewrite for s in up):
        recommendations.append("Table rewrites hold an ACCESS EXCLUSIVE lock for their whole duration; schedule them "
                               "in a quiet period.")
    recommendations += [f"{h['rule_id']}: {h['fix']}" for h in hazards if h.get("fix")]
    recommendations += list(suggestions)
    classes = {c: sum(s.data == c for s in down) for c in ("lossless", "lossy", "irreversible")}
    return {
        "steps": len(up),
        "affected_tables": tables,
        "row_estimates": {t: rows[t] for t in tables if t in rows} if known else None,
        "statements": [{**s.row(), "rows": rows.get(s.table) if known and s.table else None} for s in up],
        "breaking_changes": breaking,
        "data_loss": data_loss,
        "may_fail": may_fail,
        "data_migration_required": bool(data_loss or any(s.rewrite for s in up)),
        "estimated_duration_seconds": round(duration, 3) if known else None,
        "estimated_downtime_seconds": round(downtime, 3) if known else None,
        "downtime_required": bool(blocking and (not known or downtime > 0 or any(rows.get(s.table) for s in blocking))),
        "risk_level": risk,
        "hazards": list(hazards),
        "rename_suggestions": list(suggestions),
        "recommendations": recommendations,
        "down": {"classes": classes,
                 "steps": [{"sql": s.sql, "class": s.data, "note": s.note} for s in down]},
    }


def performance_summary(report):
    """One line for ai_analyze_schema_impact's performance_impact."""
    statements = report["statements"]
    rewrites = sorted({s["table"] for s in statements if s["rewrite"]})
    scans = sorted({s["table"] for s in statements if s["scan"] and not s["rewrite"]})
    if not statements:
        return "none: the schemas are identical"
    parts = []
    if rewrites:
        parts.append(f"rewrites {', '.join(rewrites)}")
    if scans:
        parts.append(f"scans {', '.join(scans)} under lock")
    locks = sorted({s["table"] for s in statements if s["lock"] == ACCESS_EXCLUSIVE and s["table"]})
    if locks:
        parts.append(f"ACCESS EXCLUSIVE lock on {', '.join(locks)}")
    if report["estimated_downtime_seconds"] is not None:
        parts.append(f"about {report['estimated_downtime_seconds']:g} s blocking")
    return "; ".join(parts) if parts else "low: catalog-only changes"
