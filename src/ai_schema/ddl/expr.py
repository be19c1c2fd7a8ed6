"""Canonical text of SQL expressions (defaults, CHECKs, index keys, predicates).

The server stores expressions after analysis and prints them back with the
casts and rewrites it added: ``status IN ('a','b')`` comes back as
``(status)::text = ANY ((ARRAY['a'::character varying, …])::text[])``. Both
spellings are brought to one canonical form by undoing exactly those
server-added changes, and only where undoing them cannot change the meaning:

* a cast on a literal is dropped where the literal's type is fixed by its
  context anyway: operands of comparison operators, IN lists, a whole DEFAULT,
  string arguments of functions, CASE and COALESCE results, text operands of ``||``;
* a cast of a varchar column to text is dropped (binary-coercible, same operators);
* a widening cast of a column in arithmetic is dropped when the other operand
  already has the target type (the server would insert it again);
* ``x = ANY (ARRAY[…])`` becomes ``x IN (…)``, ``~~`` becomes LIKE, BETWEEN
  becomes the pair of comparisons the server stores, nested AND/OR are flattened.
"""

import marshal

from .. import jsonast, sqlparser
from ..sqlparser import ast, enums
from .tree import column_refs
from .types import canonical_type

K = enums.A_Expr_Kind
_ARITHMETIC = {"+", "-", "*", "/", "%", "^", "||"}
_LIKE_OPS = {"~~": (K.AEXPR_LIKE, "~~"), "!~~": (K.AEXPR_LIKE, "!~~"),
             "~~*": (K.AEXPR_ILIKE, "~~*"), "!~~*": (K.AEXPR_ILIKE, "!~~*")}
_TEXTUAL = {"text", "character varying"}
_WIDENING = {
    "smallint": {"integer", "bigint", "numeric", "real", "double precision"},
    "integer": {"bigint", "numeric", "real", "double precision"},
    "bigint": {"numeric", "real", "double precision"},
    "numeric": {"real", "double precision"},
    "real": {"double precision"},
}
# Functions whose first argument names a relation: the target namespace is dropped from it.
_REGCLASS_FUNCTIONS = {"nextval", "currval", "setval"}
_NUMERIC_TYPES = {"smallint", "integer", "bigint", "numeric", "real", "double precision"}


def _base(type_text):
    """Type without typmod, e.g. 'character varying(20)' -> 'character varying'."""
    return type_text.split("(")[0].strip() if type_text else None


class _Normalizer:
    def __init__(self, columns, default_schema=None):
        self.columns = {k: _base(v) for k, v in (columns or {}).items()}
        self.default_schema = default_schema

    # -- helpers ---------------------------------------------------------
    def column_type(self, node):
        if isinstance(node, ast.ColumnRef):
            last = node.fields[-1]
            if isinstance(last, ast.String):
                return self.columns.get(last.sval)
        if isinstance(node, ast.TypeCast):
            return _base(canonical_type(node.typeName))
        if isinstance(node, ast.A_Const):
            if isinstance(node.val, ast.Integer):
                return "integer"
            if isinstance(node.val, ast.Float):
                return "numeric"
        return None

    @staticmethod
    def literal(node):
        """The literal under a cast (``'x'::text`` -> ``'x'``), numeric strings made numbers."""
        if isinstance(node, ast.TypeCast) and isinstance(node.arg, ast.A_Const) and not node.arg.isnull:
            const = node.arg
            target = _base(canonical_type(node.typeName))
            if isinstance(const.val, ast.String) and target in _NUMERIC_TYPES:
                text = const.val.sval.strip()
                try:
                    return ast.A_Const(val=ast.Integer(ival=int(text)))
                except ValueError:
                    try:
                        float(text)
                        return ast.A_Const(val=ast.Float(fval=text))
                    except ValueError:
                        return node
            if node.typeName.arrayBounds and not isinstance(const.val, ast.String):
                return node
            return const
        return node

    def string_literal(self, node):
        if (isinstance(node, ast.TypeCast) and isinstance(node.arg, ast.A_Const)
                and isinstance(node.arg.val, ast.String)):
            return node.arg
        return node

    def text_literal(self, node):
        """``'x'::text`` -> ``'x'`` (an untyped literal in ``||`` resolves to text anyway)."""
        if self.column_type(node) == "text":
            return self.string_literal(node)
        return node

    # -- traversal -------------------------------------------------------
    def visit(self, node):
        if isinstance(node, tuple):
            return tuple(self.visit(n) for n in node)
        if isinstance(node, list):
            return [self.visit(n) for n in node]
        if not isinstance(node, ast.Node):
            return node
        for name in node.__slots__:
            if name == "location":
                continue
            value = getattr(node, name)
            if isinstance(value, (ast.Node, tuple, list)):
                setattr(node, name, self.visit(value))
        method = getattr(self, "visit_" + type(node).__name__, None)
        return method(node) if method else node

    def visit_TypeCast(self, node):
        if isinstance(node.arg, ast.ColumnRef):
            if self.column_type(node.arg) == "character varying" and _base(canonical_type(node.typeName)) in _TEXTUAL:
                return node.arg
        return node

    def visit_FuncCall(self, node):
        if node.args:
            node.args = tuple(self.string_literal(a) for a in node.args)
        name = node.funcname[-1].sval
        if name in _REGCLASS_FUNCTIONS and node.args and self.default_schema:
            const = node.args[0]
            prefix = self.default_schema + "."
            if isinstance(const, ast.A_Const) and isinstance(const.val, ast.String) and const.val.sval.startswith(prefix):
                node.args = (ast.A_Const(val=ast.String(sval=const.val.sval[len(prefix):])),) + tuple(node.args[1:])
        return node

    def visit_CoalesceExpr(self, node):
        node.args = tuple(self.string_literal(a) for a in node.args)
        return node

    def visit_CaseExpr(self, node):
        for when in node.args or ():
            when.result = self.string_literal(when.result)
        if node.defresult is not None:
            node.defresult = self.string_literal(node.defresult)
        return node

    def visit_BoolExpr(self, node):
        flat = []
        for arg in node.args:
            if isinstance(arg, ast.BoolExpr) and arg.boolop == node.boolop and node.boolop != enums.BoolExprType.NOT_EXPR:
                flat.extend(arg.args)
            else:
                flat.append(arg)
        node.args = tuple(flat)
        return node

    def visit_A_Expr(self, node):
        op = node.name[-1].sval if node.name else None
        if node.kind == K.AEXPR_OP and op in _LIKE_OPS:
            node.kind, _ = _LIKE_OPS[op]
        if node.kind in (K.AEXPR_BETWEEN, K.AEXPR_NOT_BETWEEN):
            return self.between(node)
        if node.kind in (K.AEXPR_OP_ANY, K.AEXPR_OP_ALL):
            array = self.literal(node.rexpr) if isinstance(node.rexpr, ast.TypeCast) else node.rexpr
            if isinstance(array, ast.TypeCast) and isinstance(array.arg, ast.A_ArrayExpr):
                array = array.arg
            if isinstance(array, ast.A_ArrayExpr) and (
                    (node.kind == K.AEXPR_OP_ANY and op == "=") or (node.kind == K.AEXPR_OP_ALL and op == "<>")):
                node = ast.A_Expr(kind=K.AEXPR_IN, name=node.name, lexpr=node.lexpr,
                                  rexpr=tuple(array.elements or ()))
            else:
                node.rexpr = array
        if node.kind == K.AEXPR_IN:
            items = tuple(self.literal(e) for e in node.rexpr)
            node.lexpr = self.literal(node.lexpr)
            if len(items) == 1:
                return ast.A_Expr(kind=K.AEXPR_OP, name=node.name, lexpr=node.lexpr, rexpr=items[0])
            node.rexpr = items
            return node
        if node.kind in (K.AEXPR_OP, K.AEXPR_LIKE, K.AEXPR_ILIKE, K.AEXPR_DISTINCT,
                         K.AEXPR_NOT_DISTINCT, K.AEXPR_OP_ANY, K.AEXPR_OP_ALL):
            if op == "||":
                node.lexpr, node.rexpr = (self.text_literal(x) for x in (node.lexpr, node.rexpr))
            if op in _ARITHMETIC:
                self.drop_widening(node)
            else:
                if node.lexpr is not None:
                    node.lexpr = self.literal(node.lexpr)
                if not isinstance(node.rexpr, (tuple, list)) and node.rexpr is not None:
                    node.rexpr = self.literal(node.rexpr)
        return node

    def drop_widening(self, node):
        for this, other in (("lexpr", "rexpr"), ("rexpr", "lexpr")):
            operand, sibling = getattr(node, this), getattr(node, other)
            if isinstance(operand, ast.TypeCast) and isinstance(operand.arg, ast.ColumnRef):
                target = _base(canonical_type(operand.typeName))
                source = self.column_type(operand.arg)
                if target in _WIDENING.get(source, ()) and self.column_type(sibling) == target:
                    setattr(node, this, operand.arg)
            elif (isinstance(operand, ast.TypeCast) and isinstance(operand.arg, ast.A_Const)
                  and self.column_type(sibling) == _base(canonical_type(operand.typeName))):
                setattr(node, this, self.literal(operand))

    def between(self, node):
        low, high = (self.literal(x) for x in node.rexpr)
        if node.kind == K.AEXPR_BETWEEN:
            parts, boolop, ops = (low, high), enums.BoolExprType.AND_EXPR, (">=", "<=")
        else:
            parts, boolop, ops = (low, high), enums.BoolExprType.OR_EXPR, ("<", ">")
        args = tuple(ast.A_Expr(kind=K.AEXPR_OP, name=(ast.String(sval=o),), lexpr=node.lexpr, rexpr=p)
                     for o, p in zip(ops, parts))
        return ast.BoolExpr(boolop=boolop, args=args)


def normalize(node, columns=None, top_level_literal=False, default_schema=None):
    """Canonical AST of an expression node (mutates and returns it)."""
    normalizer = _Normalizer(columns, default_schema)
    node = normalizer.visit(node)
    if top_level_literal:
        node = normalizer.literal(node)
    return node


_remembered = {}
_KEY_BYTES = 4000             # a subtree whose key is longer is not worth remembering
_json_names = {}


def _json_shape(tree):
    """(hashable key of a subtree given as JSON, names of the columns it references), or None for a
    subtree too large to be worth remembering. The key is the JSON's marshal bytes: equal subtrees
    have the same (libpg_query writes a node's fields in one order, positions are left out; format
    2 writes values, not which objects are shared), made in a third of the time of their repr."""
    global _last
    last = _last                 # one read: the REST server parses in threads
    if tree is last[0]:          # a CHECK's names, then its text: one key
        return last[1]
    try:
        key = marshal.dumps(tree, 2)
    except ValueError:           # a Boxed node (as_json of a very deep tree): not remembered
        return None
    if len(key) > _KEY_BYTES:
        return None
    names = _json_names.get(key)
    if names is None:
        if len(_json_names) > 50000:
            _json_names.clear()
        names = _json_names[key] = tuple(column_refs(jsonast.to_node(tree)))
    _last = (tree, (key, names))
    return key, names


_last = (None, None)     # the last subtree _json_shape read and what it found


def column_names(tree):
    """Distinct names of the columns an expression (its JSON) references, in order."""
    found = _json_shape(tree)
    return list(found[1]) if found is not None else column_refs(jsonast.to_node(tree))


def remembered(tree, columns, context, make):
    """``make(node)``'s text for a subtree given as libpg_query's JSON (its node is made only if the
    text is not remembered yet), remembered by the subtree's shape, ``context`` and the types of the
    columns the subtree names.

    Schemas repeat their defaults, CHECKs and index keys from table to table, and their canonical
    text depends on nothing else; ``make`` (which may rewrite the node) runs once per shape.
    """
    found = _json_shape(tree)
    if found is None:
        return make(jsonast.to_node(tree))
    structure, names = found
    key = (structure, context, tuple(map(columns.get, names)) if names and columns else ())
    text = _remembered.get(key)
    if text is None:
        if len(_remembered) > 50000:
            _remembered.clear()
        text = _remembered[key] = make(jsonast.to_node(tree))
    return text


def expression_text(tree, columns=None, top_level_literal=False, default_schema=None):
    """Canonical text of an expression given as libpg_query's JSON."""
    return remembered(tree, columns, (top_level_literal, default_schema),
                      lambda node: sqlparser.deparse(normalize(node, columns, top_level_literal, default_schema)))


def parse_expression(text):
    """libpg_query's JSON of an expression given as text (used for catalog output)."""
    return sqlparser.parse(f"SELECT {text}")[0].raw["SelectStmt"]["targetList"][0]["ResTarget"]["val"]


def canonical_expression(text, columns=None, top_level_literal=False):
    """Canonical text of an expression given as text."""
    return expression_text(parse_expression(text), columns, top_level_literal)
