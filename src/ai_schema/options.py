"""The options argument every SQL function takes: a jsonb object, here a dict.

One place decides what counts as no options, what is malformed JSON and what is an unknown
option, so every function reports them the same way.
"""

import json

from .errors import AiSchemaError

# Defaults every interface shares: the command, the SDK and the REST API take them from here, and
# sql/functions.toml writes the same in SQL (tests/test_defaults.py compares all four). Safe mode
# has no default of its own anywhere but the planner's: on when a side is a live schema.
DRY_RUN = False                 # ai_apply_schema really applies unless asked for a dry run
REQUIRED_APPROVALS = None       # ai_submit_for_approval: every listed approver


def json_object(options, example="{}"):
    """options (None, JSON text or a dict) as a dict; anything else is an error."""
    if options is None:
        return {}
    if isinstance(options, str):
        try:
            options = json.loads(options) if options.strip() else {}
        except ValueError as exc:
            raise AiSchemaError(f"options is not valid JSON: {exc}", hint=f"Pass a jsonb object such as '{example}'.")
    if not isinstance(options, dict):
        raise AiSchemaError("options must be a JSON object", hint="Pass '{}' for the defaults.")
    return options


def reject_unknown(options, valid):
    """An error naming the first unknown option and listing the valid ones."""
    unknown = sorted(set(options) - set(valid))
    if unknown:
        raise AiSchemaError(f"unknown option {unknown[0]!r}", hint="Valid options: " + ", ".join(sorted(valid)) + ".")
