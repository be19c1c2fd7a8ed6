"""One error type for everything the user can get wrong.

Inside the server it becomes ``ERROR: ai_schema: …`` with the SQLSTATE and hint
below (see server.py); client-side it is a plain exception with the same text.
"""

# SQLSTATEs used across the library (PostgreSQL's own codes).
NULL_VALUE = "22004"          # null_value_not_allowed
INVALID_PARAMETER = "22023"   # invalid_parameter_value
SYNTAX_ERROR = "42601"        # syntax_error
NAME_TOO_LONG = "42622"       # name_too_long
INSUFFICIENT_PRIVILEGE = "42501"  # insufficient_privilege
UNDEFINED_OBJECT = "42704"    # undefined_object
UNDEFINED_SCHEMA = "3F000"    # invalid_schema_name
NOT_SUPPORTED = "0A000"       # feature_not_supported
TOO_LARGE = "54000"           # program_limit_exceeded
TOO_COMPLEX = "54001"         # statement_too_complex
VERSION_MISMATCH = "0A000"
INTERNAL = "XX000"            # internal_error


class AiSchemaError(Exception):
    """A user-facing error: message, hint and SQLSTATE."""

    def __init__(self, message, hint=None, sqlstate=INVALID_PARAMETER, detail=None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.sqlstate = sqlstate
        self.detail = detail

    def __str__(self):
        text = "ai_schema: " + self.message
        if self.hint:
            text += "\nHINT: " + self.hint
        return text
