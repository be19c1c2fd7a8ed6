"""The only pglast entry point.

libpg_query (inside pglast.parser) exports palloc, CurrentMemoryContext and
friends; loaded normally inside a PostgreSQL backend those symbols bind to the
server's and the first parse crashes the backend. Loading the extension module
with RTLD_DEEPBIND makes it prefer its own symbols. Nothing else in the package
may import pglast before this module has run.
"""

import contextlib
import enum
import gc
import os
import re
import sys
import threading


def _load_parser():
    old = sys.getdlopenflags()
    sys.setdlopenflags(old | os.RTLD_DEEPBIND)
    try:
        import pglast.parser  # noqa: F401  (imported for its side effect)
    finally:
        sys.setdlopenflags(old)


_load_parser()

from pglast import ast, enums, keywords  # noqa: E402  (the rest of the package reaches pglast only here)
from pglast.parser import ParseError, parse_sql, parse_sql_json, scan  # noqa: E402  (parse_sql: raw baseline in bench)
from pglast.printers import NODE_PRINTERS  # noqa: E402  (jsonast lets its node classes share the printers)
from pglast.stream import RawStream  # noqa: E402

MAX_TEXT_BYTES = 8 * 1024 * 1024

from .errors import AiSchemaError, NAME_TOO_LONG, NULL_VALUE, SYNTAX_ERROR, TOO_COMPLEX, TOO_LARGE  # noqa: E402

_ahead = {}          # id(text) -> _Ahead, see parse_ahead

# Where a piece of a text parsed ahead may end: a semicolon that ends a line holding no "--" (in a
# comment it ends nothing). A cut inside a string, a comment, parentheses or a BEGIN ATOMIC body
# leaves the piece before it unterminated: its parse fails and the rest of the text is parsed whole.
_PIECE_END = re.compile(r";[ \t]*\n")
PIECE_CHARACTERS = 64 * 1024


def _pieces(text, size):
    """(offset, piece) of a text cut after ends of statements into pieces of some ``size`` characters."""
    out, start = [], 0
    while len(text) - start > 2 * size:
        at = start + size
        while (end := _PIECE_END.search(text, at)) and "--" in text[text.rfind("\n", 0, end.start()) + 1:end.start()]:
            at = end.end()
        if end is None:
            break
        out.append((start, text[start:end.end()]))
        start = end.end()
    out.append((start, text[start:]))
    return out


class _Ahead:
    """A text's parse running in a thread, a piece at a time: libpg_query parses in C without the
    GIL, so the caller reads the statements of a piece while the next ones are parsed."""

    def __init__(self, text, size):
        self.text, self.pieces = text, _pieces(text, size)
        self.parsed = []             # (offset, piece, JSON) in order; (offset, None, None) where a parse failed
        self.ready = threading.Condition()
        threading.Thread(target=self._parse, name="ai_schema parse ahead", daemon=True).start()

    def _parse(self):
        for offset, piece in self.pieces:
            try:
                found = (offset, piece, parse_sql_json(piece))
            except BaseException:        # the caller parses the rest whole (and raises its error)
                found = (offset, None, None)
            with self.ready:
                self.parsed.append(found)
                self.ready.notify()
            if found[1] is None:
                return

    def taken(self):
        for index in range(len(self.pieces)):
            with self.ready:
                while len(self.parsed) <= index:
                    self.ready.wait()
                offset, piece, found = self.parsed[index]
            if piece is None:            # from a true end of statement: the rest fails only if the text does
                rest = self.text[offset:]
                try:
                    found = parse_sql_json(rest)
                except ParseError:
                    parse_sql_json(self.text)       # the whole text's error: its message and position
                    raise
                yield offset, rest, found
                return
            yield offset, piece, found


def parse_ahead(text, size=PIECE_CHARACTERS):
    """Start libpg_query's parse of ``text`` in a thread, in pieces of some ``size`` characters;
    the next parse of the same text object takes its pieces instead of parsing again.

    For the command line: it starts the parse as soon as it has read a file, and the parse runs
    while the command imports the linter and while it reads the first pieces' statements (a
    1,000-table schema's parse is some 30 ms). Texts over the size limit are left for check_text.
    """
    if not isinstance(text, str) or len(text) > MAX_TEXT_BYTES or (
            not text.isascii() and len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES):
        return
    while len(_ahead) > 1:                 # a diff reads two texts; a long-lived process keeps no more
        _ahead.pop(next(iter(_ahead)))
    _ahead[id(text)] = _Ahead(text, size)


def parsed_pieces(text, early=False):
    """libpg_query's JSON of a text as (offset, piece, JSON): the pieces of the parse started ahead
    for this very text, else the whole text parsed now. A syntax error is the whole text's (message
    and position). ``early``: each piece is handed over once parsed, so an error past the first piece
    is raised after earlier statements were read (for a reader that only computes, the linter);
    else every piece is parsed before the first is handed over."""
    ahead = _ahead.pop(id(text), None) if _ahead else None
    if ahead is None or ahead.text is not text:
        return [(0, text, parse_sql_json(text))]
    return ahead.taken() if early else list(ahead.taken())


from . import jsonast  # noqa: E402  (imports the names above from this module)

__all__ = ["ast", "enums", "parse", "deparse", "Statement", "line_col", "check_text"]

NAMEDATALEN = 64
_IDENT_TOKENS = {"IDENT"}


def line_col(text, offset):
    """1-based line and column of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


class Statement:
    """One parsed statement with where it stands in the source text.

    It holds libpg_query's JSON of the statement (``raw``, plain dicts: what the model is read from)
    and pglast's nodes (``node``: what printing, rewriting and the linter's rules read), made on
    first use: for every statement of the text at once (_Trees) when the text was parsed with
    ``nodes="all"``, else for this statement alone. A statement pglast built holds its nodes and
    makes the JSON when asked.
    """

    __slots__ = ("_node", "_raw", "_trees", "_index", "kind", "text", "offset", "source")

    def __init__(self, node, text, offset, source, raw=None, trees=None, index=0):
        self._node, self._raw, self._trees, self._index = node, raw, trees, index
        self.kind = next(iter(raw)) if raw is not None else type(node).__name__   # "CreateStmt"
        self.text = text
        self.offset = offset
        self.source = source

    @property
    def node(self):
        if self._node is None:
            self._node = self._trees.node(self._index) if self._trees is not None else self._own_node()
        return self._node

    def _own_node(self):
        try:
            return jsonast.to_node(self.raw)
        except RecursionError:      # deeper than Python goes: pglast builds it (see _raw_statements)
            return parse_sql(self.text)[0].stmt

    @property
    def raw(self):
        """``{"Kind": {fields}}``."""
        if self._raw is None:
            if self._node is None:           # let go: read again from the statement's own text
                self._node, self._raw, _, _ = _raw_statements(self.text, "json")[0]
            if self._raw is None:
                self._raw = jsonast.as_json(self._node)
        return self._raw

    def let_go(self):
        """Free the statement's tree (a reader that streams a large text keeps only its steps); it is
        read again from the statement's text if asked for."""
        if self._trees is None:
            self._node = self._raw = None

    def where(self):
        line, col = line_col(self.source, self.offset)
        return f"line {line}, column {col}"


class _Trees:
    """pglast's nodes of every statement of one text, made together when the first is asked for:
    the JSON decoder makes them in C, several times faster than walking the dicts would."""

    __slots__ = ("text", "nodes")

    def __init__(self, text):
        self.text, self.nodes = text, None

    def node(self, index):
        if self.nodes is None:
            self.nodes = [node for node, _, _, _ in _raw_statements(self.text, "nodes")]
        return self.nodes[index]


def check_text(text, what="schema text"):
    """Refuse NULL, empty and oversized input before any parsing."""
    if text is None:
        raise AiSchemaError(f"{what} is NULL", hint="Pass a design name, live:<schema> or DDL text.",
                            sqlstate=NULL_VALUE)
    if not isinstance(text, str):
        raise AiSchemaError(f"{what} must be text")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise AiSchemaError(
            f"{what} is {size} bytes, more than the limit of {MAX_TEXT_BYTES}",
            hint="Split the DDL into smaller designs.", sqlstate=TOO_LARGE)
    if not text.strip():
        raise AiSchemaError(f"{what} is empty", hint="Pass a design name, live:<schema> or DDL text.")


# A run that could hold a 64-byte identifier (a character takes at most 4 bytes in UTF-8; in ASCII
# text, one byte: far fewer runs to look at, each from the start of a word, as identifiers begin).
# ASCII text is looked at twice, as one pattern with both branches takes longer than the two apart.
_LONG_WORD = re.compile(r'[\w$]{16,}|"(?:[^"]|""){16,}"')
_LONG_ASCII_WORD = re.compile(r'\b[A-Za-z0-9_$]{%d}' % (NAMEDATALEN - 1))
_LONG_ASCII_QUOTED = re.compile(r'"(?:[^"]|""){%d}' % (NAMEDATALEN - 1))


def may_have_long_identifiers(text):
    """Could the text hold an identifier of 63 bytes or more? (a quick look before a scan)"""
    if text.isascii():
        return _LONG_ASCII_WORD.search(text) is not None or _LONG_ASCII_QUOTED.search(text) is not None
    return any(len(m.group().encode("utf-8")) >= NAMEDATALEN - 1 for m in _LONG_WORD.finditer(text))


def long_identifiers(text):
    """(name, line, column) of each identifier PostgreSQL would truncate to 63 bytes."""
    if not may_have_long_identifiers(text):
        return
    for token in scan(text):
        if token.name != "IDENT":
            continue
        raw = text[token.start:token.end + 1]
        name = raw[1:-1].replace('""', '"') if raw.startswith('"') else raw
        if len(name.encode("utf-8")) >= NAMEDATALEN:
            yield (name, *line_col(text, token.start))


def _check_identifiers(text):
    """PostgreSQL silently truncates identifiers to 63 bytes; we refuse them instead."""
    for name, line, col in long_identifiers(text):
        short = name[:40] + "…"
        raise AiSchemaError(
            f'identifier "{short}" is {len(name.encode("utf-8"))} bytes long '
            f"(line {line}, column {col}); PostgreSQL's limit is {NAMEDATALEN - 1}",
            hint="Shorten the name: PostgreSQL would truncate it silently and names could collide.",
            sqlstate=NAME_TOO_LONG)


def _error_offset(text, reported):
    """Character offset of a parse error.

    pglast 8 turns libpg_query's byte offset B into B - 2*(B - C) instead of the
    character offset C, so C is the first offset with 2*C - bytes(text[:C]) == reported.
    """
    nbytes = len(text[:reported].encode("utf-8"))
    for offset in range(max(reported, 0), len(text) + 1):
        if 2 * offset - nbytes == reported:
            return offset
        if offset < len(text):
            nbytes += len(text[offset].encode("utf-8"))
    return max(0, min(reported, len(text)))


def _raw_statements(text, builder):
    """(node, JSON, stmt_location, stmt_len) of each statement, one of node and JSON None.

    The tree comes from libpg_query's JSON (jsonast), which checks its stack depth and fails
    cleanly. pglast's parse_sql builds its objects by unchecked C recursion, so a left-nested
    expression some 30,000 levels deep would overflow the backend's stack and take the whole
    cluster down; it is used only for text the JSON path has accepted but that nests deeper than
    Python's own JSON decoder goes (a few hundred levels), and as the reference in tests.
    """
    try:
        if builder == "json":
            return [(None, *found) for found in jsonast.raw_statements(text)]
        if builder == "nodes":
            with collector_paused():
                return [(node, None, *found) for node, *found in jsonast.statements(text)]
    except RecursionError:
        pass
    return [(raw.stmt, None, raw.stmt_location or 0, raw.stmt_len or 0) for raw in parse_sql(text)]


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cycle collector while a tree is built and read.

    A parse makes some 40 objects per line of DDL, none of them in a cycle; the collector would
    walk them again and again as they are made (a third of the parse). Reference counting frees
    them as before; the collector runs again afterwards, and only if it was running.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


@contextlib.contextmanager
def _syntax_errors_as_ours(text):
    """libpg_query's ParseError as an AiSchemaError with line and column."""
    try:
        yield
    except ParseError as exc:
        message = str(exc.args[0]) if exc.args else str(exc)
        if "stack depth" in message:
            raise AiSchemaError("the text is nested too deeply to parse safely",
                                hint="Simplify the expression (split long chains of operators or nested calls).",
                                sqlstate=TOO_COMPLEX) from None
        reported = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else 0
        line, col = line_col(text, _error_offset(text, reported))
        raise AiSchemaError(f"{message} (line {line}, column {col})",
                            hint="The text must be PostgreSQL DDL.", sqlstate=SYNTAX_ERROR) from None


def _statement(text, node, json_tree, start, length, trees=None, index=0):
    body = text[start:start + length] if length else text[start:]
    # stmt_location points at the first token; skip leading blanks for positions.
    stripped = len(body) - len(body.lstrip())
    return Statement(node, body.strip(), start + stripped, text, json_tree, trees, index)


def parse(text, long_names="refuse", builder="json", nodes="all"):
    """Parse SQL text into Statements; syntax errors carry line and column. Identifiers over 63
    bytes are refused, unless ``long_names="allow"`` (the linter reports them as findings).
    ``builder="pglast"`` builds the tree with pglast's own parse_sql (the reference in tests).
    ``nodes="each"`` when few statements' nodes will be read (the model is read from the JSON):
    each is made alone, instead of all at once when the first is read."""
    check_text(text)
    with _syntax_errors_as_ours(text), collector_paused():
        raw = _raw_statements(text, builder)
    if long_names == "refuse":
        _check_identifiers(text)
    trees = _Trees(text) if builder == "json" and nodes == "all" and len(raw) > 1 else None
    return [_statement(text, *found, trees, index) for index, found in enumerate(raw)]


def each_statement(text, long_names="refuse", early=False):
    """parse()'s Statements (nodes="each") one at a time, for a reader that lets each go before the
    next (ddl.parse, the linter): each statement's JSON is read into dicts when it is reached, so the
    same memory serves them all (reading a whole schema's JSON at once and freeing it takes 2-3 times
    longer). Errors in the text are raised by this call, before the first statement; with ``early``
    and a text parsed ahead (see parsed_pieces), a syntax error past its first piece by the iteration."""
    check_text(text)
    with _syntax_errors_as_ours(text):
        found = jsonast.each_raw_statement(text, early)
    if long_names == "refuse":
        _check_identifiers(text)
    return _each_statement(text, found)


def _each_statement(text, found):
    made = 0
    try:
        with _syntax_errors_as_ours(text):
            for json_tree, start, length in found:
                yield _statement(text, None, json_tree, start, length)
                made += 1
    except RecursionError:       # deeper than Python's decoder goes: pglast builds the rest
        with collector_paused():
            rest = parse_sql(text)[made:]
        for raw in rest:
            yield _statement(text, raw.stmt, None, raw.stmt_location or 0, raw.stmt_len or 0)


class _TooLarge(Exception):
    pass


_POSITIONAL = frozenset(ast.Node._ATTRS_TO_IGNORE_IN_COMPARISON) | frozenset(
    name for kind in vars(ast).values() if isinstance(kind, type) and issubclass(kind, ast.Node)
    and isinstance(kind.__slots__, dict) for name, info in kind.__slots__.items() if info.c_type == "ParseLoc")
_MEMO_NODES = 80
# Values a walk returns as they are: scalars and pglast's enums (tested by type, before isinstance).
_LEAVES = frozenset((str, int, float, bool, type(None))) | frozenset(
    kind for kind in vars(enums).values() if isinstance(kind, type) and issubclass(kind, enum.Enum))
_printed_slots = {}


def _printed(kind):
    """A node class's attributes minus source positions (every ParseLoc), which printing ignores."""
    names = _printed_slots.get(kind)
    if names is None:
        names = _printed_slots[kind] = tuple(name for name in kind.__slots__ if name not in _POSITIONAL)
    return names


class _Shape:
    """Walks a subtree into a hashable structure, positions left out."""

    __slots__ = ("budget",)

    def __init__(self):
        self.budget = _MEMO_NODES

    def of(self, value):
        kind = type(value)
        if kind in _LEAVES:
            return value
        if kind is tuple or kind is list:
            return tuple([self.of(item) for item in value])
        if not isinstance(value, ast.Node):
            return value
        self.budget -= 1
        if self.budget < 0:
            raise _TooLarge
        fields = getattr(value, "__dict__", None)
        if fields is not None:   # a jsonast node: what the JSON held (and what was set since)
            return (kind, *[(name, self.of(item)) for name, item in fields.items() if name not in _POSITIONAL])
        return (kind, *[self.of(getattr(value, name)) for name in _printed(kind)])


def shape(node):
    """Hashable structure of a subtree without positions, or None for a subtree too large to be worth
    remembering."""
    try:
        return _Shape().of(node)
    except _TooLarge:
        return None


_deparsed = {}


def deparse(node):
    """Canonical SQL text of a node (PostgreSQL's own grammar, pglast's printer).

    pglast's printer sets up a visitor per call, which dominates for the small
    expressions a schema is made of (defaults, CHECKs, index keys) and that repeat
    from table to table. Printing a standalone node depends only on its subtree, so
    the text is remembered per subtree structure.
    """
    key = shape(node)
    if key is None:
        return RawStream()(node)
    text = _deparsed.get(key)
    if text is None:
        if len(_deparsed) > 50000:
            _deparsed.clear()
        text = _deparsed[key] = RawStream()(node)
    return text
