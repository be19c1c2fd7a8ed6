"""libpg_query's JSON of a statement, read as plain dicts, and pglast's AST made from it when asked.

pglast.parse_sql turns the C parse tree into Python objects through each class's validating
``__setattr__``, which costs most of the parse. libpg_query also prints the tree as JSON (in C,
checking its stack depth), and ``json.loads`` reads it in C: the model of a schema is read from
those dicts (ddl.parse's ``json_`` readers), and nodes are made (to_node) only for what is printed
or rewritten, or read by code written for nodes (the linter's rules, views, functions …).

A node here is an instance of a subclass of pglast's class with the same name (``isinstance``,
``type(node).__name__`` and pglast's printer work unchanged). The subclass keeps the attributes
the JSON gives in the instance ``__dict__`` and every other attribute's default (False, 0, None,
the enum's first member) as a class attribute, which shadows pglast's slot: reading an attribute
is one dictionary lookup, and nodes only cost what the JSON holds. The values are the ones
pglast.parse_sql gives — a test compares both trees attribute by attribute on every fixture —
except each node's ``location`` (its offset in the text), which is left out of the JSON before it is
read and is None. as_json goes the other way, for trees pglast built.
"""

import enum
import itertools
import json
import re
import threading

from .sqlparser import NODE_PRINTERS, ast, enums, parsed_pieces

_INTEGERS = {"AclMode", "AttrNumber", "Index", "ParseLoc", "RelFileNumber", "SubTransactionId", "bits32",
             "int", "int16", "int32", "long", "uint32", "uint64", "Oid"}
_NODE_NAMES = {name for name in dir(ast) if isinstance(getattr(ast, name), type)
               and issubclass(getattr(ast, name), ast.Node) and name not in ("Node", "Expr")}
# A_Const's value is a union in C; the JSON names the member, pglast holds it as ``val``.
_CONST_VALUES = (("ival", "Integer"), ("fval", "Float"), ("sval", "String"), ("boolval", "Boolean"),
                 ("bsval", "BitString"))

# A node's position in the statement: nothing here reads it (errors carry the parser's own offset,
# statements their stmt_location), and it is a fifth of the JSON. Inside a JSON string a quote is
# always escaped, so ``,"location":`` followed by digits is only ever a key.
_POSITIONS = re.compile(r',"location":-?\d+')

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


# How a JSON value becomes pglast's, by code (a small int tested in order of frequency is cheaper
# than calling a function per value).
_ENUM, _NODE, _LIST, _LOCATION, _SET = range(5)


def _members(enum):
    """{name: member} of an enum: the JSON names members; an integer falls back to enum(value)."""
    return dict(enum.__members__)       # aliases included, as enum[name] finds them


def _conversions(base):
    """({JSON key: (code, argument)}, {JSON key: attribute name}) for one node class."""
    found, renamed = {}, {}
    for name, slot in base.__slots__.items():
        c_type = slot.c_type
        key = name[:-1] if name.endswith("_") else name   # pglast's def_ is the JSON's def
        if key != name:
            renamed[key] = name
        enum = getattr(enums, c_type, None)
        pointee = c_type.rstrip("*")
        if enum is not None:
            found[key] = (_ENUM, (_members(enum), enum))
        elif pointee in _NODE_NAMES:                        # a typed pointer: the JSON has no tag
            found[key] = (_NODE, pointee)
        elif c_type in ("List*", "Node*", "Expr*"):
            found[key] = (_LIST, None)
        elif c_type == "Bitmapset*":
            found[key] = (_SET, None)
        elif c_type == "ParseLoc":
            found[key] = (_LOCATION, None)
    return found, renamed


class _Kinds(dict):
    """tag -> (class, conversions, renamed keys, whether a union member names the value), each made
    on first use: a statement meets a few dozen of pglast's ~270 node classes, and making them all
    cost a tenth of the time a backend takes to load the library."""

    def __missing__(self, tag):
        with _MAKING:          # the REST server parses in threads: one class per tag
            return self.get(tag) or self._make(tag)

    def _make(self, tag):
        base = getattr(ast, tag)
        defaults = {name: None if name == "location" and slot.c_type == "ParseLoc" else _default(slot.c_type)
                    for name, slot in base.__slots__.items()}
        cls = type(tag, (base,), {**defaults, "__module__": __name__,
                                   "__doc__": f"{tag} read from libpg_query's JSON."})
        CLASSES[tag] = cls
        _share_printers(base, cls)
        kind = self[tag] = (cls, *_conversions(base), tag == "A_Const")
        return kind


_MAKING = threading.Lock()
CLASSES = {}      # tag -> our class, for the classes made so far
_TAGS = frozenset(name for name in _NODE_NAMES if isinstance(getattr(ast, name).__slots__, dict))
_KINDS = _Kinds()


def node(tag, fields):
    """A node of class ``tag`` whose attributes are ``fields`` (the JSON object, converted in place)."""
    cls, conversions, renamed, union = _KINDS[tag]
    for key, value in fields.items() if conversions else ():   # values change in place, keys after
        found = conversions.get(key)
        if found is None:
            continue
        code, argument = found
        if code == _LOCATION:
            if value < 0:
                fields[key] = None
        elif code == _LIST:
            if type(value) is list:
                fields[key] = tuple(value)
        elif code == _ENUM:
            member = argument[0].get(value) if type(value) is str else None
            fields[key] = member if member is not None else argument[1](value)
        elif code == _NODE:
            fields[key] = node(argument, value)
        else:
            fields[key] = set(value)
    if renamed:
        for key in renamed.keys() & fields.keys():
            fields[renamed[key]] = fields.pop(key)
    if union:
        for key, value_tag in _CONST_VALUES:
            if key in fields:
                fields["val"] = node(value_tag, fields.pop(key))
                break
    made = _new(cls)
    _set_dict(made, "__dict__", fields)
    return made


def _object(found):
    """The decoder's hook: ``{"Tag": {…}}`` is a node, ``{"List": {"items": […]}}`` a tuple."""
    if len(found) == 1:
        (tag, fields), = found.items()
        if type(fields) is dict:
            if tag in _TAGS:
                return node(tag, fields)
            if tag == "List":
                return tuple(fields.get("items", ()))
    return found


def statements(text):
    """[(statement node, stmt_location, stmt_len)] of libpg_query's JSON for ``text``, each node made
    by the JSON decoder as it finishes the object (in C: several times faster than to_node)."""
    return [found for offset, piece, parsed in parsed_pieces(text)
            for found in _placed(offset, piece, map(_span, json.loads(_POSITIONS.sub("", parsed),
                                                                 object_hook=_object).get("stmts", ())))]


def raw_statements(text):
    """[(statement as JSON, stmt_location, stmt_len)]: libpg_query's JSON read into plain dicts and
    lists, no node made (``{"CreateStmt": {…}}``; a node is made from it only when asked, by to_node)."""
    return [found for offset, piece, parsed in parsed_pieces(text)
            for found in _placed(offset, piece, map(_span, json.loads(_POSITIONS.sub("", parsed)).get("stmts", ())))]


def _span(raw):
    """(statement, stmt_location, stmt_len) of one of libpg_query's RawStmt objects (positions in bytes)."""
    return raw["stmt"], raw.get("stmt_location", 0), raw.get("stmt_len", 0)


def _placed(offset, piece, found):
    """``found``'s (statement, stmt_location, stmt_len) in characters of the whole text, ``piece``
    standing at ``offset`` in it: libpg_query counts bytes of UTF-8, the same numbers only in ASCII text
    (after a 'Größe' every statement's text would start too late). Statements come in order: the piece
    is decoded once, bit by bit."""
    if piece.isascii():
        for tree, start, length in found:
            yield tree, offset + start, length
        return
    data, byte, char = piece.encode("utf-8", "surrogatepass"), 0, 0
    for tree, start, length in found:
        char += len(data[byte:start].decode("utf-8", "surrogatepass"))
        byte = start
        yield tree, offset + char, len(data[start:start + length].decode("utf-8", "surrogatepass")) if length else 0


_DECODE = json.JSONDecoder().raw_decode
_STATEMENTS = '"stmts":['


def each_raw_statement(text, early=False):
    """raw_statements one at a time: the text is parsed by this call (syntax errors are raised
    here, or by the iteration when ``early``: see sqlparser.parsed_pieces), each statement's JSON is
    read into dicts only when the iterator reaches it."""
    return _each_piece(parsed_pieces(text, early))


def _each_piece(pieces):
    for offset, piece, parsed in pieces:
        yield from _placed(offset, piece, _each_raw_statement(_POSITIONS.sub("", parsed)))


def _each_raw_statement(found):
    at = found.find(_STATEMENTS)     # libpg_query writes {"version":…,"stmts":[{"stmt":…},…]}, no blanks
    if at < 0:
        return
    at += len(_STATEMENTS)
    while found[at] != "]":
        raw, at = _DECODE(found, at)
        yield _span(raw)
        if found[at] == ",":
            at += 1


def to_node(value, tag=None):
    """The nodes of a value read by raw_statements (what statements() gives for it), ``value`` left
    unchanged; ``tag`` names the class of a typed pointer's object (it has no tag in the JSON)."""
    kind = type(value)
    if kind is list:
        return [to_node(item) for item in value]
    if kind is not dict:
        return value.node if kind is Boxed else value
    made = {key: to_node(item) for key, item in value.items()}
    return node(tag, made) if tag is not None else _object(made)


class Boxed:
    """A node kept as it is inside what as_json gives (below the depth it converts); its repr is
    unique, so no cache keyed by the text of a JSON value ever mistakes it for another."""

    __slots__ = ("node", "serial")
    _serials = itertools.count()

    def __init__(self, node):
        self.node, self.serial = node, next(self._serials)

    def __repr__(self):
        return f"<boxed node {self.serial}>"


_AS_JSON_DEPTH = 60
_CONST_KEYS = {tag: key for key, tag in _CONST_VALUES}


def as_json(value, depth=0):
    """libpg_query's JSON (as raw_statements reads it) for a tree of pglast's nodes, down to a depth;
    deeper nodes are Boxed (Python's JSON decoder gives up on trees that deep, so only a tree pglast
    built reaches it). Fields that hold C's zero are left out, as libpg_query leaves most out."""
    if isinstance(value, (tuple, list)):
        return {"List": {"items": [as_json(item, depth + 1) for item in value]}}
    if isinstance(value, enum.Enum):
        return value.name
    if not isinstance(value, ast.Node):
        return value
    if depth > _AS_JSON_DEPTH:
        return Boxed(value)
    kind = type(value).__name__
    conversions, renamed = _KINDS[kind][1:3]
    back = {attribute: key for key, attribute in renamed.items()}
    fields = {}
    for name in type(value).__slots__:
        item = getattr(value, name)
        if item is None or item is False or item == () or name == "location" or (
                type(item) is int and item == 0) or item == "\x00":
            continue
        converted = as_json(item, depth + 1)
        if kind == "A_Const" and name == "val":
            inner = type(item).__name__
            fields[_CONST_KEYS[inner]] = converted[inner]
            continue
        key = back.get(name, name)
        code = conversions.get(key, (None,))[0]
        if code == _NODE and type(converted) is dict:        # a typed pointer: no tag
            (converted,) = converted.values()
        elif code == _LIST and type(converted) is dict and type(value).__slots__[name].c_type == "List*":
            converted = converted["List"]["items"]
        elif code == _SET:
            converted = sorted(item)
        fields[key] = converted
    return {kind: fields}


_PRINTERS = dict(NODE_PRINTERS)      # pglast's own, before any of ours is added


def _share_printers(base, cls):
    """pglast finds a printer by the node's exact class (and its parent's): ``cls`` uses its base's,
    also as the parent or the child of every class made before it."""
    for key, printer in _PRINTERS.items():
        if key is base:
            NODE_PRINTERS.setdefault(cls, printer)
        elif isinstance(key, tuple) and base in key:
            parent, child = key
            for p in {parent, CLASSES.get(parent.__name__, parent)}:
                for c in {child, CLASSES.get(child.__name__, child)}:
                    NODE_PRINTERS.setdefault((p, c), printer)
