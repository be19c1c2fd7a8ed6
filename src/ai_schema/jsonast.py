"""pglast's AST built from libpg_query's JSON, three to four times faster than pglast's own builder.

pglast.parse_sql turns the C parse tree into Python objects through each class's validating
``__setattr__``, which costs most of the parse. libpg_query also prints the tree as JSON (in C,
checking its stack depth), and ``json.loads`` reads it in C; this module turns each JSON object
into a node as the decoder finishes it.

A node here is an instance of a subclass of pglast's class with the same name (``isinstance``,
``type(node).__name__`` and pglast's printer work unchanged). The subclass keeps the attributes
the JSON gives in the instance ``__dict__`` and every other attribute's default (False, 0, None,
the enum's first member) as a class attribute, which shadows pglast's slot: reading an attribute
is one dictionary lookup, and nodes only cost what the JSON holds. The values are the ones
pglast.parse_sql gives — a test compares both trees attribute by attribute on every fixture.
"""

import json

from .sqlparser import NODE_PRINTERS, ast, enums, parse_sql_json

_INTEGERS = {"AclMode", "AttrNumber", "Index", "ParseLoc", "RelFileNumber", "SubTransactionId", "bits32",
             "int", "int16", "int32", "long", "uint32", "uint64", "Oid"}
_NODE_NAMES = {name for name in dir(ast) if isinstance(getattr(ast, name), type)
               and issubclass(getattr(ast, name), ast.Node) and name not in ("Node", "Expr")}
# A_Const's value is a union in C; the JSON names the member, pglast holds it as ``val``.
_CONST_VALUES = (("ival", "Integer"), ("fval", "Float"), ("sval", "String"), ("boolval", "Boolean"),
                 ("bsval", "BitString"))

_new = object.__new__
_set_dict = object.__setattr__


def _default(c_type):
    """What pglast.parse_sql gives for a field the JSON leaves out (C's zero)."""
    if c_type == "bool":
        return False
    if c_type == "char":
        return "\x00"
    if c_type in _INTEGERS:
        return 0
    enum = getattr(enums, c_type, None)
    if enum is not None:
        try:
            return enum(0)
        except ValueError:        # an enum of characters: its first member is C's zero here
            return next(iter(enum))
    return None


def _enum(enum):
    def member(value):
        try:
            return enum[value]
        except KeyError:
            return enum(value)
    return member


def _location(value):
    return value if value >= 0 else None


def _conversions(base):
    """{JSON key: (attribute, how its value becomes pglast's)} for one node class."""
    found = {}
    for name, slot in base.__slots__.items():
        c_type = slot.c_type
        key = name[:-1] if name.endswith("_") else name   # pglast's def_ is the JSON's def
        enum = getattr(enums, c_type, None)
        pointee = c_type.rstrip("*")
        if enum is not None:
            found[key] = (name, _enum(enum))
        elif pointee in _NODE_NAMES:                        # a typed pointer: the JSON has no tag
            found[key] = (name, pointee)
        elif c_type in ("List*", "Node*", "Expr*"):
            found[key] = (name, _tuple)
        elif c_type == "Bitmapset*":
            found[key] = (name, set)
        elif c_type == "ParseLoc":
            found[key] = (name, _location)
        elif key != name:
            found[key] = (name, None)
    return found


def _tuple(value):
    return tuple(value) if type(value) is list else value


CLASSES = {}
_CONVERT = {}
for _name in sorted(_NODE_NAMES):
    _base = getattr(ast, _name)
    if isinstance(_base.__slots__, dict):
        defaults = {name: _default(slot.c_type) for name, slot in _base.__slots__.items()}
        CLASSES[_name] = type(_name, (_base,), {**defaults, "__module__": __name__,
                                                "__doc__": f"{_name} read from libpg_query's JSON."})
        _CONVERT[_name] = _conversions(_base)


def node(tag, fields):
    """A node of class ``tag`` whose attributes are ``fields`` (the JSON object, converted in place)."""
    conversions = _CONVERT[tag]
    for key in conversions.keys() & fields.keys():
        name, how = conversions[key]
        value = fields[key]
        if how is not None:
            value = node(how, value) if type(how) is str else how(value)
        if name != key:
            del fields[key]
        fields[name] = value
    if tag == "A_Const":
        for key, value_tag in _CONST_VALUES:
            if key in fields:
                fields["val"] = node(value_tag, fields.pop(key))
                break
    made = _new(CLASSES[tag])
    _set_dict(made, "__dict__", fields)
    return made


def _object(found):
    """The decoder's hook: ``{"Tag": {…}}`` is a node, ``{"List": {"items": […]}}`` a tuple."""
    if len(found) == 1:
        for tag, fields in found.items():
            if type(fields) is dict:
                if tag == "List":
                    return tuple(fields.get("items", ()))
                if tag in _CONVERT:
                    return node(tag, fields)
    return found


def statements(text):
    """[(statement node, stmt_location, stmt_len)] of libpg_query's JSON for ``text``."""
    tree = json.loads(parse_sql_json(text), object_hook=_object)
    return [(raw["stmt"], raw.get("stmt_location", 0), raw.get("stmt_len", 0)) for raw in tree.get("stmts", ())]


def _share_printers():
    """pglast finds a printer by the node's exact class (and its parent's): the subclasses use their base's."""
    ours = {getattr(ast, name): cls for name, cls in CLASSES.items()}
    for key, printer in list(NODE_PRINTERS.items()):
        if isinstance(key, tuple):
            parent, child = key
            for p in {parent, ours.get(parent, parent)}:
                for c in {child, ours.get(child, child)}:
                    NODE_PRINTERS.setdefault((p, c), printer)
        elif key in ours:
            NODE_PRINTERS.setdefault(ours[key], printer)


_share_printers()
