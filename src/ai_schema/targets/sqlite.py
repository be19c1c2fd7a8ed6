"""SQLite (foreign keys on): every constraint inline, enums as CHECKed text."""


from ..ddl.render import table_order
from .dialect import Dialect, foreign_key, key


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
        self.opaque_warnings()
        return self.text("\n\n".join(out) + "\n")
