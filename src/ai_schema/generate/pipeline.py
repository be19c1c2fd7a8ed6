"""generate(): options, the extract -> build -> render pipeline, and the summary header."""

import json
import re

import ai_schema

from ..ddl.naming import comment_safe
from ..targets import WRITERS, check_platform, render
from ..errors import AiSchemaError, INVALID_PARAMETER
from ..options import json_object, reject_unknown
from ..sqlparser import check_text
from . import knowledge, lexicon
from . import words as w
from .build import build
from .extract import extract

OUTPUTS = ("ddl", "json") + tuple(WRITERS)
# option -> (allowed values or type, default)
OPTIONS = {
    "id_style": (("identity", "bigserial", "uuid"), "identity"),
    "timestamps": (bool, True),
    "fk_indexes": (bool, True),
    "plural_tables": (bool, True),
    "check_constraints": (bool, True),
    "tenant_scoping": (bool, True),
    "on_delete": (("ownership", "restrict"), "ownership"),
    "use_jsonb": (bool, True),
    "use_arrays": (bool, True),
    "enable_partitioning": (bool, False),
    "soft_delete": (bool, False),
    "audit": (bool, False),
    "output": (OUTPUTS, "ddl"),
    "save_as": (str, None),
    "engine": (str, None),            # mysql
    "charset": (str, None),
    "collation": (str, None),
    "use_clustering": (bool, False),  # snowflake
    "use_streams": (bool, False),
}
MAX_DESCRIPTION = 200_000
MAX_ENTITIES = 250             # more tables than one transaction's default lock table holds


def check_options(options):
    """Options as a dict with defaults filled in; unknown or ill-typed ones are errors."""
    options = json_object(options, '{"id_style": "uuid"}')
    reject_unknown(options, OPTIONS)
    out = {}
    for name, (allowed, default) in OPTIONS.items():
        value = options.get(name, default)
        if value is None:
            out[name] = default
        elif isinstance(allowed, tuple):
            if value not in allowed:
                raise AiSchemaError(f"option {name} must be one of {', '.join(allowed)}, not {str(value)[:40]!r}",
                                    hint=f"Valid values of {name}: {', '.join(allowed)}.")
            out[name] = value
        elif not isinstance(value, allowed) or (allowed is int and isinstance(value, bool)):
            raise AiSchemaError(f"option {name} must be a {allowed.__name__}, not {type(value).__name__}",
                                hint=f'For example {{"{name}": {json.dumps(default if default is not None else "name")}}}.')
        else:
            out[name] = value
    return out


_SHOP = re.compile(r"\b([a-z]+?) ?(?:shop|store|stall|boutique)\b")


def _domain_fallback(description):
    """For a vague request ('make me a shopping website'): the usual entities of that kind of app. A
    shop named by what it sells (the last one said: "a webshop for my flower shop") sells those as its
    products."""
    lowered = description.lower()
    for words_, label, sentence in knowledge.DOMAINS:
        if any(re.search(r"\b" + re.escape(x) + r"\b", lowered) for x in words_):
            goods = next((m.group(1) for m in reversed(list(_SHOP.finditer(lowered))) if m.group(1) in lexicon.thing_nouns() | lexicon.kind_nouns() | lexicon.occurrence_nouns() and
                          m.group(1) not in lexicon.adjectives()), None)
            if goods and re.search(r"\bproducts?\b", sentence, re.I):
                sentence = re.sub(r"\b([Pp])roducts?\b", lambda m: (w.plural(goods) if m.group(0).lower().endswith("s")
                                                                     else goods).capitalize() if m.group(1) == "P"
                                  else (w.plural(goods) if m.group(0).endswith("s") else goods), sentence)
            return label, sentence
    return None, None


LLM_ASSUMPTION = "entities, attributes and relations from the LLM ({}); types, keys, indexes and checks by ai_schema"


UNMODELLED = "mentioned, not modelled: "


def generate_model(description, options=None, source=None):
    """(model, assumptions) for a description; ``source`` (llm.source.Source) may supply the Spec."""
    check_text(description, "description")
    if len(description) > MAX_DESCRIPTION:
        raise AiSchemaError(f"description is {len(description)} characters; the limit is {MAX_DESCRIPTION}",
                            hint="Describe the schema in fewer words, or split it into parts.",
                            sqlstate="54000")
    options = check_options(options)
    spec = source.spec(description, options) if source is not None else None
    if spec is not None:
        spec.assumptions.append(LLM_ASSUMPTION.format(source.label))
    else:
        spec = extract(description)
    named = knowledge.named_nouns(description) if source is None and not spec.entities else None
    if named:                       # "a site for tracking which board games my friends own": its things
        found = extract(description + "\n\n" + named[0])
        found.assumptions.append(f"the description names no things outright; kept the ones its words name: "
                                 f"{', '.join(named[1])}")
    label, sentence = _domain_fallback(description) if not spec.entities and source is None and (
        not named or len(found.entities) < 2) else (None, None)
    if label:                       # "make me a shopping website": the usual tables of that kind of app
        spec = extract(description + "\n\n" + sentence)
        spec.assumptions.append(f"the description is short; added the usual tables and relations of {label}")
    elif named:
        spec = found
    if not spec.entities:
        raise AiSchemaError("found no entities in the description",
                            hint="Name the things to store and what they have, e.g. "
                                 "'customers (name, email unique) place orders; orders have many items'.",
                            sqlstate=INVALID_PARAMETER)
    if len(spec.entities) > MAX_ENTITIES:
        raise AiSchemaError(f"the description names {len(spec.entities)} entities; the limit is {MAX_ENTITIES}",
                            hint="Generate the schema in parts, one area of the application at a time.",
                            sqlstate="54000")
    spec.soft_delete = spec.soft_delete or options["soft_delete"]
    if spec.uuid_keys and options["id_style"] == "identity":
        options = dict(options, id_style="uuid")         # "ids are UUIDs": the text's choice over the default
        spec.assumptions.append("keys are UUIDs, as the text says")
    spec.audit = spec.audit or options["audit"]
    if source is None:
        knowledge.split_act_compounds(spec)
        knowledge.relate_listed(spec)
        knowledge.relate_parts(spec)
        knowledge.relate_listed_acts(spec)
    knowledge.fill_defaults(spec)
    schema, assumptions = build(spec, options)
    fields = {name for e in spec.entities.values() for name in e.attributes}
    fields |= {name.rsplit("_", 1)[0] for name in fields}   # ("a daily goal in minutes": daily_goal_minutes)
    unmodelled = [x for x in spec.unmodelled if not {w.snake(x.split()), w.snake([w.singular(y) for y in x.split()])}
                  & fields]              # (a phrase a later reading made a field: "… with the agreed fee")
    if unmodelled:
        assumptions = assumptions + [UNMODELLED + ", ".join(unmodelled) + " (related to a table in the text, "
                                     "but given nothing of its own: say what it has to make it a table)"]
    return schema, assumptions


def header(schema, assumptions):
    tables = schema.tables
    fks = [f"{t.name}.{fk.columns[0]} -> {fk.ref_table.name}" for t in tables for fk in t.foreign_keys]
    indexes = [i.name for t in tables for i in t.indexes]
    llm = next((a for a in assumptions if a.startswith(LLM_ASSUMPTION.split("(")[0])), None)
    how = "LLM answer, built by the offline pipeline" if llm else "offline generator, deterministic"
    lines = [f"-- Generated by ai_schema {ai_schema.__version__} ({how})",
             f"-- Tables ({len(tables)}): " + ", ".join(t.name for t in tables),
             f"-- Foreign keys ({len(fks)}): " + (", ".join(fks) or "none"),
             f"-- Indexes ({len(indexes)}): " + (", ".join(indexes) or "none")]
    notes = [a for a in assumptions if not a.startswith(UNMODELLED)]
    if notes:
        lines.append("-- Assumptions:")
        lines += [f"--   - {a}" for a in notes]
    lines += [f"-- {a[0].upper()}{a[1:]}" for a in assumptions if a.startswith(UNMODELLED)]
    return "\n".join(comment_safe(x) for x in lines) + "\n"


def output_text(schema, assumptions, platform, output, options=None):
    """A generated model as ai_generate_schema returns it: DDL with a summary header, the IR as
    JSON, or an ERD."""
    if output == "json":
        return schema.dumps()
    if output in WRITERS:
        return WRITERS[output](schema)
    return header(schema, assumptions) + "\n" + render(schema, platform, options)


def generate(description, platform="postgresql", options=None):
    """The text ai_generate_schema returns for a description."""
    platform = check_platform(platform)
    opts = check_options(options)
    schema, assumptions = generate_model(description, opts)
    return output_text(schema, assumptions, platform, opts["output"], opts)
