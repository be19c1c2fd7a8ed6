"""Modules loaded on first use.

The command starts a new interpreter for every call, and `ai-schema lint` in a CI loop pays for
every import at each start: it never needs the generator, the LLM client, the advisers or the
catalog reader. The service names those modules through :class:`Module`, which imports the real
module the first time an attribute is read, so each command loads only what it uses.
"""

import importlib


class Module:
    """A module imported when one of its attributes is first read."""

    __slots__ = ("_name", "_module")

    def __init__(self, name):
        self._name = name
        self._module = None

    def __getattr__(self, attr):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self):
        return f"<lazy module {self._name}>"
