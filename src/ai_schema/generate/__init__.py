"""Natural-language description -> PostgreSQL schema, offline and deterministic.

``generate(description, platform, options)`` is what ``ai_generate_schema``
calls inside the server and what client-side code calls directly.
"""

from .pipeline import OPTIONS, OUTPUTS, generate, generate_model

__all__ = ["OPTIONS", "OUTPUTS", "generate", "generate_model"]
