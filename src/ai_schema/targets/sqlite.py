"""SQLite (foreign keys on): every constraint inline, enums as CHECKed text, and the triggers that
stamp a column with the time of each update, in SQLite's own trigger form."""

import re

from ..ddl.render import table_order
from .dialect import Dialect, foreign_key, key

# a trigger function that only stamps one column with the current time: NEW.col := now(); RETURN NEW
_STAMP_BODY = re.compile(r"^\s*BEGIN\s+NEW\.(\w+)\s*:?=\s*(?:now\(\)|CURRENT_TIMESTAMP|clock_timestamp\(\)|"
                         r"statement_timestamp\(\)|transaction_timestamp\(\))\s*;\s*RETURN\s+NEW\s*;\s*END;?\s*$", re.I)
_STAMP_TRIGGER = re.compile(r"^CREATE TRIGGER (\w+) BEFORE UPDATE ON (\w+) FOR EACH ROW "
                            r"EXECUTE (?:FUNCTION|PROCEDURE) (\w+)\(\)$", re.I)


class SQLite(Dialect):
    name = "sqlite"
    sqlglot = "sqlite"
    TYPES = {
        "smallint": "INTEGER", "integer": "INTEGER", "bigint": "INTEGER", "boolean": "INTEGER",
        "numeric": "NUMERIC", "real": "REAL", "double precision": "REAL", "text": "TEXT",
        "character varying": "TEXT", "character": "TEXT", "citext": "TEXT COLLATE NOCASE", "date": "TEXT",
        "time without time zone": "TEXT", "timestamp without time zone": "TEXT",
        "timestamp with time zone": "TEXT", "interval": "TEXT", "uuid": "TEXT", "json": "TEXT", "jsonb": "TEXT",
        "bytea": "BLOB", "inet": "TEXT",
    }
    DEFAULTS = {"now()": "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP": "CURRENT_TIMESTAMP",
                "CURRENT_DATE": "CURRENT_DATE", "gen_random_uuid()": "(lower(hex(randomblob(16))))"}
    supports_partial_indexes = True
    supports_expression_indexes = True

    def untranslatable(self, text):
        upper = text.upper()
        return "REGEXP" in upper or "::" in text or "CURRENT_USER" in upper or "SESSION_USER" in upper

    def enum_checks(self, table):
        out = []
        for col in table.columns:
            enum = self.enums.get(col.type)
            if enum is not None:
                values = ", ".join(self.string(v) for v in enum.values)
                out.append(f"CHECK ({self.quote(col.name)} IN ({values}))")
            elif col.type == "boolean":
                out.append(f"CHECK ({self.quote(col.name)} IN (0, 1))")
        return out

    def literal(self, text):
        return {"true": "1", "false": "0"}.get(text.lower(), text)

    def column(self, table, col, autoincrement):
        text = f"{self.quote(col.name)} {self.map_type(col.type, table, col)}"
        if autoincrement:
            return text + " PRIMARY KEY AUTOINCREMENT"
        if not col.nullable:
            text += " NOT NULL"
        if col.generated is not None:
            expr = self.expression(col.generated)
            if expr is not None:
                return text + f" GENERATED ALWAYS AS ({expr}) STORED"
            self.warn(f"{table.name}.{col.name}: generated expression left out")
        default = self.default(col, table)
        if default is not None:
            text += f" DEFAULT {default}"
        return text

    def stamp_triggers(self):
        """{trigger opaque: (trigger, table, column)} for BEFORE UPDATE triggers whose function only
        sets a column to the current time (the generator's updated_at)."""
        functions = {}
        for obj in self.schema.opaques:
            if obj.kind == "function" and obj.name.endswith("()"):
                body = re.search(r"\$(\w*)\$(.*)\$\1\$", obj.sql, re.S)
                match = _STAMP_BODY.match(body.group(2)) if body else None
                if match and re.search(r"LANGUAGE\s+plpgsql", obj.sql, re.I):
                    functions[obj.name[:-2]] = match.group(1)
        out = {}
        for obj in self.schema.opaques:
            match = _STAMP_TRIGGER.match(obj.sql) if obj.kind == "trigger" else None
            if match and match.group(3) in functions:
                table = next((t for t in self.schema.tables if t.name == match.group(2)), None)
                if table is not None and table.column(functions[match.group(3)]) is not None:
                    out[obj] = (match.group(1), match.group(2), functions[match.group(3)])
        return out

    def render(self):
        out = ["PRAGMA foreign_keys = ON;"]
        for table in table_order(self.schema.tables):
            if table.partition_of is not None:
                self.warn(f"partition {table.name} is left out (SQLite has no partitions)")
                continue
            pk = table.primary_key
            auto = pk.columns[0] if pk and len(pk.columns) == 1 and (
                table.column(pk.columns[0]).identity or (table.column(pk.columns[0]).default or "").startswith(
                    "nextval(")) else None
            parts = [self.column(table, c, c.name == auto) for c in table.columns]
            if pk and not auto:
                parts.append(key(self, pk, "PRIMARY KEY"))
            parts += [key(self, u, "UNIQUE") for u in table.uniques]
            parts += self.checks(table) + self.enum_checks(table)
            parts += [foreign_key(self, fk) for fk in table.foreign_keys]
            out.append(f"CREATE TABLE {self.quote(table.name)} (\n    " + ",\n    ".join(parts) + "\n);")
            out += self.indexes(table)
        stamps = self.stamp_triggers()
        for trigger, table, column in stamps.values():
            # after the row is written, unless the update set the column itself; SQLite does not
            # run triggers recursively by default, and the WHEN clause stops a loop if it does
            t, c = self.quote(table), self.quote(column)
            out.append(f"CREATE TRIGGER {self.quote(trigger)} AFTER UPDATE ON {t} FOR EACH ROW "
                       f"WHEN NEW.{c} IS OLD.{c}\nBEGIN\n    UPDATE {t} SET {c} = CURRENT_TIMESTAMP "
                       f"WHERE rowid = NEW.rowid;\nEND;")
        # a stamping function is translated when every trigger that runs it is
        callers = {}
        for obj in self.schema.opaques:
            match = re.search(r"EXECUTE (?:FUNCTION|PROCEDURE) (\w+)\(", obj.sql) if obj.kind == "trigger" else None
            if match:
                callers.setdefault(match.group(1), []).append(obj)
        translated = set(stamps) | {o for o in self.schema.opaques if o.kind == "function" and
                                    callers.get(o.name[:-2]) and all(t in stamps for t in callers[o.name[:-2]])}
        self.opaque_warnings(skip=translated)
        return self.text("\n\n".join(out) + "\n")
