"""ai_generate_migration and ai_analyze_schema_impact: two models -> up, down and impact.

Down is planned the same way as up, from the to side back to the from side, so
both directions get the same ordering and safety rules; each down step is classed
lossless, lossy or irreversible in the impact report.
"""

from .. import lint as linter
from .. import sqlparser
from ..errors import AiSchemaError
from ..options import json_object, reject_unknown
from . import impact, renames, script
from .plan import Planner
from .verify import catalog_form, prove

OPTIONS = ("safe", "renames", "verify", "lock_timeout", "statement_timeout")
DEFAULTS = {"lock_timeout": "5s", "statement_timeout": "0"}
STATEMENT_RULES = sorted(rule_id for rule_id, rule in linter.RULES.items() if rule.kind == "statement")


def check_options(options, live=False):
    """Options with defaults filled in; safe mode defaults to on when a side is live."""
    options = json_object(options, '{"safe": true}')
    reject_unknown(options, OPTIONS)
    out = {"safe": live, "verify": True, **DEFAULTS, "renames": options.get("renames")}
    for name in ("safe", "verify"):
        if name in options:
            if not isinstance(options[name], bool):
                raise AiSchemaError(f"option {name} must be true or false", hint=f'For example {{"{name}": true}}.')
            out[name] = options[name]
    for name in ("lock_timeout", "statement_timeout"):
        if name in options:
            value = options[name]
            if not isinstance(value, (str, int)) or not str(value).strip() or not all(
                    ch.isalnum() or ch in " ." for ch in str(value)):
                raise AiSchemaError(f"option {name} must be a duration such as '5s'", hint=f'For example {{"{name}": "5s"}}.')
            out[name] = str(value).strip()
    return out


def _inverse(declared):
    tables = {new: old for old, new in declared["tables"].items()}
    columns = {}
    for key, new in declared["columns"].items():
        table, _, column = key.rpartition(".")
        columns[f"{declared['tables'].get(table, table)}.{new}"] = column
    return {"tables": tables, "columns": columns}


def plan_both(old, new, opts):
    """(up planner, down planner), each with its steps planned."""
    declared = renames.check(opts["renames"], old, new)
    back = _inverse(declared)
    up = Planner(renames.apply(old, declared), new, opts["safe"], declared)
    down = Planner(renames.apply(new, back), old, opts["safe"], back)
    up.planned, down.planned = up.steps(), down.steps()
    return up, down


@sqlparser.collector_paused()
def generate(old, new, options=None, executor=None, rows=None, live=(False, False), against=None):
    """(up script, down script, impact report) from model ``old`` to model ``new``.

    ``live`` says which sides were read from the catalog; when only one was, the other is put in
    catalog form first (with an executor), so view and policy texts compare like for like."""
    opts = check_options(options, any(live))
    if executor is not None and live[0] != live[1]:
        if live[0]:
            new = catalog_form(executor, new, "to side")
        else:
            old = catalog_form(executor, old, "from side")
    up_plan, down_plan = plan_both(old, new, opts)
    up, down = up_plan.planned, down_plan.planned
    settings = (("lock_timeout", opts["lock_timeout"]), ("statement_timeout", opts["statement_timeout"])) \
        if opts["safe"] else ()
    up_text = script.render(up, "up", settings)
    down_text = script.render(down, "down", settings)
    hazards = []
    if up_text:
        lint_options = {"only": STATEMENT_RULES, **({"against": against} if against else {})}
        hazards = [f.row() for f in linter.lint_text(up_text, lint_options, executor, old)]
    report = impact.analyze(up, down, rows, hazards, renames.suggest(old, new), opts["safe"])
    report["safe"] = opts["safe"]
    if not up:
        report["note"] = "the two sides are identical: nothing to migrate"
    if opts["verify"] and executor is not None and up:
        report["verification"] = prove(executor, old, new, up, down, up_plan.precommitted)
        report["verified"] = report["verification"]["verified"]
    else:
        report["verified"] = None if up else True
    return up_text, down_text, report
