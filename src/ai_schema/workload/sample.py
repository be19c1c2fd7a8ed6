"""Sample data that satisfies every constraint, generated in the server by one INSERT … SELECT
per table over generate_series.

Values are pure functions of (seed, table, column, row number) through hashtext, so the same seed
gives the same rows. Foreign keys draw from the parent's keys (parents are filled first when
empty); single-column unique values carry the row number; a UNIQUE over foreign keys walks the
pairs of parent keys without repeating one; CHECK constraints are applied as a filter on the
generated rows, and generation continues past filtered rows until the count is reached. Values
follow the column's name (email, name, price, rating, *_at …) and type. OFFSET 0 fences keep each
row's hash computed once: flattened, the planner copies it into every column and into the CHECK filter.
"""

import json
import re
import zlib

from .. import catalog
from ..ddl.naming import qualified, quote_ident, quote_literal
from ..ddl.render import table_order
from ..ddl.types import base_type
from ..errors import AiSchemaError, UNDEFINED_OBJECT

MAX_ROWS = 10_000_000
MAX_PREVIEW = 100_000
PEOPLE = (r"user|customer|member|employee|staff|patient|doctor|physician|author|contact|person|people|student|"
          r"teacher|agent|driver|owner|player|client|subscriber|guest|lead")
RELATION = ("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE c.oid = pg_catalog.to_regclass(%s) AND c.relkind IN ('r', 'p')")
WORDS = ("alpha", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris", "juniper", "kestrel",
         "lumen", "maple", "nova", "onyx", "pine", "quartz", "river", "sierra", "tundra")
NAMES = ("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia",
         "Donald", "Katherine", "Tim", "Hedy", "John", "Annie", "Vint", "Shafi", "Niklaus")
SURNAMES = ("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen",
            "Dijkstra", "Perlman", "Knuth", "Johnson", "Lee", "Lamarr", "McCarthy", "Easley", "Cerf", "Goldwasser",
            "Wirth")


def _alias(column):
    return quote_ident("p_" + column)


def _array(values):
    return "ARRAY[" + ", ".join(quote_literal(v) for v in values) + "]"


class _Table:
    """SQL expressions for one table's columns."""

    def __init__(self, table, seed, enums, parents):
        self.table, self.seed, self.enums, self.parents = table, seed, enums, parents
        self.fk_of = {fk.columns[0]: fk for fk in table.foreign_keys if len(fk.columns) == 1}
        self.unique = {u.columns[0] for u in table.uniques if len(u.columns) == 1}
        self.unique |= {i.keys[0].strip('"') for i in table.indexes if i.unique and len(i.keys) == 1 and not i.where}
        if table.primary_key and len(table.primary_key.columns) == 1:
            self.unique.add(table.primary_key.columns[0])
        # double-entry rows come in balancing pairs: a debit, then the same amount as a credit
        self.ledger = table.column("debit") is not None and table.column("credit") is not None
        pairs = [u.columns for u in table.uniques] + ([table.primary_key.columns] if table.primary_key else [])
        self.pair = next((p for p in pairs if len(p) == 2 and all(c in self.fk_of for c in p)), None)

    def h(self, column, salt="", row="hr"):
        """A deterministic non-negative integer per row and column: the row's hash (one hashtext per row)
        times an odd multiplier of the column, modulo 2^31 - 1."""
        multiplier = (zlib.crc32(f"{self.seed}:{self.table.name}:{column}{salt}".encode()) % 1_000_003) * 2 + 1
        return f"(({row} * {multiplier}) % 2147483647)"

    def pick(self, values, column):
        return f"({_array(values)})[1 + {self.h(column)} % {len(values)}]"

    def allowed_values(self, column):
        """Values a CHECK (column IN (…)) allows, if there is one."""
        for check in self.table.checks:
            match = re.fullmatch(rf"\(?{re.escape(quote_ident(column))} IN \((.*)\)\)?", check.expression)
            if match:
                return re.findall(r"'((?:[^']|'')*)'", match.group(1))
        return None

    def bounds(self, column):
        low = high = None
        for check in self.table.checks:
            e = check.expression
            col = re.escape(quote_ident(column))
            for m in re.finditer(rf"{col} (>=|>|<=|<) \(?(-?\d+(?:\.\d+)?)\)?", e):
                value = float(m.group(2))
                if m.group(1) in (">=", ">"):
                    low = max(low if low is not None else value, value + (1 if m.group(1) == ">" else 0))
                else:
                    high = min(high if high is not None else value, value - (1 if m.group(1) == "<" else 0))
            m = re.search(rf"{col} BETWEEN \(?(-?\d+)\)? AND \(?(-?\d+)\)?", e)
            if m:
                low, high = float(m.group(1)), float(m.group(2))
        return low, high

    def expression(self, col):
        name, base = col.name, base_type(col.type)
        if name == "updated_at" and self.table.column("created_at") is not None:
            name = "created_at"                            # updated together with created
        if self.ledger and name in ("debit", "credit"):
            amount = f"round((1 + {self.h('amount', ':pair', 'hp')} % 100000 / 100.0)::numeric, 2)"
            side = "1" if name == "debit" else "0"
            return f"(CASE WHEN (g + offset_n) % 2 = {side} THEN {amount} ELSE 0 END)::{col.type}"
        if self.ledger and name in self.fk_of and "transaction" in name:
            keys = _alias(name)
            return f"{keys}[1 + ((g + offset_n - 1) / 2) % cardinality({keys})]"
        if name in self.fk_of:
            return self.foreign(name)
        if base.endswith("[]"):
            return "'{}'"
        if base in self.enums:
            return f"{self.pick(self.enums[base], name)}::{col.type}"
        allowed = self.allowed_values(name)
        if allowed:
            return f"{self.pick(allowed, name)}::{col.type}"
        unique = name in self.unique
        low, high = self.bounds(name)
        if base in ("integer", "bigint", "smallint", "numeric", "real", "double precision"):
            lo = int(low) if low is not None else (1 if re.search(r"rating|score", name) else 0)
            hi = int(high) if high is not None else (5 if re.search(r"rating|score", name) else
                                                      (lo + 999 if base != "smallint" else min(lo + 999, 32767)))
            if unique:
                return f"({lo} + g + offset_n)::{col.type}"
            value = f"({lo} + {self.h(name)} % {max(hi - lo + 1, 1)})"
            if base == "numeric" and re.search(r"price|amount|total|cost|fee|balance|salary", name):
                value = f"round(({value} + ({self.h(name, 'c')} % 100) / 100.0)::numeric, 2)"
                if high is not None:
                    value = f"least({value}, {high})"
            return f"{value}::{col.type}"
        if base == "boolean":
            return f"({self.h(name)} % 2 = 0)"
        if base in ("timestamp with time zone", "timestamp without time zone"):
            return f"(timestamp '2026-01-01' - ({self.h(name)} % 31536000) * interval '1 second')::{col.type}"
        if base == "date":
            return f"(date '2026-01-01' - ({self.h(name)} % 3650)::integer)"
        if base.startswith("time"):
            return f"(time '00:00' + ({self.h(name)} % 86400) * interval '1 second')"
        if base == "uuid":
            return f"md5({quote_literal(f'{self.seed}:{self.table.name}:{name}:')} || (g + offset_n)::text)::uuid"
        if base in ("jsonb", "json"):
            return f"jsonb_build_object('n', {self.h(name)} % 100)::{col.type}"
        if base == "inet":
            return f"('10.' || ({self.h(name)} % 256) || '.' || ({self.h(name, 'b')} % 256) || '.1')::inet"
        if base == "bytea":
            return "decode(md5(g::text), 'hex')"
        if base == "interval":
            return f"(({self.h(name)} % 3600) * interval '1 second')"
        return f"{self.text(name, unique)}::{col.type}"

    def text(self, name, unique):
        n = "(g + offset_n)::text"
        if "email" in name:
            return (f"(lower({self.pick(NAMES, name)}) || '.' || {n} || '@example.com')" if unique
                    else f"(lower({self.pick(NAMES, name)}) || '@example.com')")
        person = re.search(PEOPLE, self.table.name) or re.search(r"(first|last|full|display|contact)_name$", name)
        if re.search(r"(^|_)(first_|last_|full_|display_|contact_)?name$", name) and "user" not in name and person:
            text = f"({self.pick(NAMES, name)} || ' ' || {self.pick(SURNAMES, name + 's')})"
        elif re.search(r"url|website|link", name):
            text = f"('https://example.com/' || {self.pick(WORDS, name)})"
        elif "phone" in name:
            text = f"('+1-555-' || lpad(({self.h(name)} % 10000)::text, 4, '0'))"
        elif re.search(r"code|sku|serial|number|key|hash|token", name):
            text = f"upper(to_hex({self.h(name)}))"
        elif re.search(r"body|description|bio|note|comment|content|message|summary", name):
            text = (f"('The ' || {self.pick(WORDS, name)} || ' ' || {self.pick(WORDS, name + 'b')} || "
                    f"' report, part ' || ({self.h(name)} % 100)::text || '.')")
        else:
            text = f"(initcap({self.pick(WORDS, name)}) || ' ' || initcap({self.pick(WORDS, name + 'b')}))"
        return f"({text} || ' ' || {n})" if unique else text

    def foreign(self, name):
        """A parent key: drawn by hash, or walked in pairs when two foreign keys are unique together."""
        if self.pair and name in self.pair:
            first, second = (_alias(c) for c in self.pair)
            a = f"(g + offset_n - 1) % cardinality({first})"
            if name == self.pair[0]:
                return f"{first}[1 + {a}]"
            step = f"((g + offset_n - 1) / cardinality({first}))"
            return f"{second}[1 + ({a} + 1 + {step}) % cardinality({second})]"
        keys = _alias(name)
        return f"{keys}[1 + {self.h(name)} % cardinality({keys})]"

    def insert(self, count, offset):
        columns = [c for c in self.table.columns if not c.identity and c.generated is None
                   and not (c.default or "").startswith("nextval(")]
        ctes = []
        for name, fk in self.fk_of.items():
            if any(c.name == name for c in columns):
                ref = fk.ref_table
                key = quote_ident(fk.ref_columns[0])
                ctes.append(f"(SELECT array_agg({key} ORDER BY {key}) AS {_alias(name)} "
                            f"FROM {qualified(ref.name, ref.schema)}) AS {_alias(name + '_set')}")
        names = ", ".join(quote_ident(c.name) for c in columns)
        exprs = ", ".join(f"{self.expression(c)} AS {quote_ident(c.name)}" for c in columns)
        checks = " AND ".join(f"({c.expression})" for c in self.table.checks) or "true"
        key = quote_literal(f"{self.seed}:{self.table.name}:")
        source = (f"generate_series(1, {count}) AS g, (SELECT {offset}::bigint AS offset_n) AS o, "
                  f"LATERAL (SELECT hashtext({key} || (g + offset_n)::text)::bigint & 2147483647 AS hr, "
                  f"hashtext({key} || ((g + offset_n - 1) / 2)::text)::bigint & 2147483647 AS hp OFFSET 0) AS hh")
        if ctes:
            source += ", " + ", ".join(ctes)
        return (f"INSERT INTO {quote_ident(self.table.name)} ({names}) SELECT {names} FROM "
                f"(SELECT {exprs} FROM {source} OFFSET 0) AS s WHERE {checks}")


def _vouch(executor, name):
    row = catalog.foreign_trigger(executor, quote_ident(name))
    if row:
        raise AiSchemaError(
            f'table "{name[:63]}" has trigger {row["tgname"][:63]}, whose function {row["fn"][:120]} belongs to '
            f'role {row["owner"][:63]}: sample rows would run that code with your rights', sqlstate="42501",
            hint=f"Let {row['owner'][:63]} (or a superuser) fill it, or disable the trigger while filling "
                 "(ALTER TABLE … DISABLE TRIGGER …).")


def fill(executor, namespace, table_name=None, row_count=100, seed=0, collect=None):
    """Insert row_count rows into a table (and into its empty parents first); {table: rows inserted}.
    With collect, the rows inserted into that table are also returned, as a list of objects."""
    if not isinstance(row_count, int) or not 0 <= row_count <= MAX_ROWS:
        raise AiSchemaError(f"row_count must be between 0 and {MAX_ROWS}", hint="For example 10000.")
    model = catalog.introspect(executor, [namespace])
    tables = {t.name: t for t in model.tables if t.partition_of is None}
    if table_name is not None and table_name not in tables:
        raise AiSchemaError(f'table "{table_name[:63]}" does not exist in schema {namespace[:63]}',
                            sqlstate=UNDEFINED_OBJECT, hint="generate_sample_data(schema_name, table_name, row_count).")
    wanted = [table_name] if table_name else list(tables)
    enums = {e.name: list(e.values) for e in model.enums}
    executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (quote_ident(namespace),))
    done, order = {}, []

    def need(name, seen=()):
        for fk in tables[name].foreign_keys:
            parent = fk.ref_table.name
            if parent in tables and parent != name and parent not in seen and parent not in order:
                empty = not executor.query(f"SELECT 1 FROM {quote_ident(parent)} LIMIT 1")
                if empty or parent in wanted:
                    need(parent, seen + (name,))
        if name not in order:
            order.append(name)

    for name in [t.name for t in table_order([tables[n] for n in wanted])]:
        need(name)
    for name in order:
        _vouch(executor, name)
    collected = []
    for name in order:
        table = _Table(tables[name], seed, enums, tables)
        inserted, offset, attempts = 0, _start(executor, tables[name]), 0
        rows_of = "jsonb_agg(to_jsonb(ins))" if name == collect else "NULL::jsonb"
        while inserted < row_count and attempts < 5:
            batch = row_count - inserted
            rows = executor.query(f"WITH ins AS ({table.insert(batch, offset)} RETURNING *) "
                                  f"SELECT count(*) AS n, {rows_of} AS rows FROM ins")
            inserted += rows[0]["n"]
            if rows[0]["rows"] is not None:
                found = rows[0]["rows"]
                collected += json.loads(found) if isinstance(found, str) else found
            offset += batch
            attempts += 1
        done[name] = inserted
    return (done, collected) if collect else done


def preview(executor, table_ref, row_count, search_path="", seed=0):
    """Rows generate_sample_data would insert into a table (schema-qualified or on the caller's
    search_path), as a JSON list; nothing is kept."""
    if not isinstance(row_count, int) or not 0 <= row_count <= MAX_PREVIEW:
        raise AiSchemaError(f"row_count must be between 0 and {MAX_PREVIEW:,} for rows returned as JSON",
                            hint="Insert more with generate_sample_data(schema_name, table_name, row_count).")
    try:
        with executor.rolled_back():
            executor.query("SELECT pg_catalog.set_config('search_path', %s, true)", (search_path or "",))
            found = executor.query(RELATION, (table_ref,))
    except Exception:                        # to_regclass refuses text that is no name at all
        raise AiSchemaError(f'"{table_ref[:130]}" is not a table name', sqlstate="42602",
                            hint="Name it as schema.table, or use ai_schema_tables(schema_name).") from None
    if not found:
        raise AiSchemaError(f'table "{table_ref[:130]}" does not exist', sqlstate=UNDEFINED_OBJECT,
                            hint="Name it as schema.table, or use ai_schema_tables(schema_name).")
    with executor.rolled_back():
        _, rows = fill(executor, found[0]["nspname"], found[0]["relname"], row_count, seed, collect=found[0]["relname"])
    return rows


def tables(executor, model, namespace):
    """ai_schema_tables: the tables of a schema, parents first."""
    rows = catalog.row_estimates(executor, [namespace]) if namespace else {}
    out = []
    for table in table_order([t for t in model.tables if t.partition_of is None]):
        parents = sorted({fk.ref_table.name for fk in table.foreign_keys if fk.ref_table.name != table.name})
        out.append({"table_name": qualified(table.name, table.schema or namespace),
                    "column_count": len(table.columns), "estimated_rows": rows.get(quote_ident(table.name)),
                    "parents": parents})
    return out


def _start(executor, table):
    """Row numbers continue after existing rows, so unique values do not collide with earlier runs."""
    return executor.query(f"SELECT count(*) AS n FROM {quote_ident(table.name)}")[0]["n"]
