"""Small walks over pglast's AST (and libpg_query's JSON of it) that the parser and the catalog reader share."""

from ..sqlparser import ast


def names(nodes):
    return tuple(n.sval for n in nodes or ())


def nodes(node, kind):
    """Every node of a class in a tree (not below a match), depth-first in source order."""
    if isinstance(node, (tuple, list)):
        for item in node:
            yield from nodes(item, kind)
    elif isinstance(node, kind):
        yield node
    elif isinstance(node, ast.Node):
        fields = getattr(node, "__dict__", None)   # a jsonast node holds only what is not a default
        for value in fields.values() if fields is not None else (getattr(node, name) for name in node.__slots__):
            yield from nodes(value, kind)


def column_refs(node):
    """Distinct column names referenced in an expression, in order."""
    found = []
    for ref in nodes(node, ast.ColumnRef):
        last = ref.fields[-1]
        if isinstance(last, ast.String) and last.sval not in found:
            found.append(last.sval)
    return found


def index_names(elements):
    """The words the server builds a default index name from (IndexElems as JSON): columns,
    function names, 'expr'."""
    words = []
    for elem in elements:
        elem = elem["IndexElem"]
        if elem.get("name"):
            words.append(elem["name"])
        elif "FuncCall" in elem.get("expr", ()):
            words.append(json_names(elem["expr"]["FuncCall"]["funcname"])[-1])
        else:
            words.append("expr")
    return words


def json_names(items):
    """The strings of a list of String nodes as JSON (``[{"String": {"sval": "a"}}, …]``)."""
    return tuple([item["String"].get("sval", "") for item in items]) if items else ()


def json_strings(names):
    """A list of String nodes as JSON."""
    return [{"String": {"sval": name}} for name in names]


def relation(rangevar):
    """(schema or None, name) of a RangeVar, a node or its JSON."""
    if type(rangevar) is dict:
        return rangevar.get("schemaname"), rangevar["relname"]
    return rangevar.schemaname, rangevar.relname


def calls(node):
    """Every function call in a tree, calls inside calls' arguments included."""
    for call in nodes(node, ast.FuncCall):
        yield call
        yield from calls(call.args)
        yield from calls(call.agg_filter)


def relations(node):
    """(schema, name) of every relation a query reads."""
    return [(rv.schemaname, rv.relname) for rv in nodes(node, ast.RangeVar)]


def integer(node):
    if isinstance(node, ast.Integer):
        return node.ival
    if isinstance(node, ast.Float):
        return int(node.fval)
    if isinstance(node, ast.A_Const):
        return integer(node.val)
    return int(node)

