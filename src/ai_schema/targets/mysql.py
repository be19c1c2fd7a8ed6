"""MySQL / MariaDB (InnoDB): options engine, charset, collation."""

import re


from ..ddl.render import table_order
from .dialect import Dialect, foreign_key


class MySQL(Dialect):
    name = "mysql"
    sqlglot = "mysql"
    backslash_escapes = True
    quote_char = "`"
    TYPES = {
        "smallint": "SMALLINT", "integer": "INT", "bigint": "BIGINT", "boolean": "BOOLEAN",
        "numeric": "DECIMAL{args}", "real": "FLOAT", "double precision": "DOUBLE",
        "text": "TEXT", "character varying": "VARCHAR{args}", "character": "CHAR{args}", "citext": "VARCHAR(255)",
        "date": "DATE", "time without time zone": "TIME", "timestamp without time zone": "DATETIME(6)",
        "timestamp with time zone": "DATETIME(6)", "interval": "VARCHAR(64)", "uuid": "CHAR(36)",
        "json": "JSON", "jsonb": "JSON", "bytea": "LONGBLOB", "inet": "VARCHAR(45)",
    }
    DEFAULTS = {"now()": "CURRENT_TIMESTAMP(6)", "CURRENT_TIMESTAMP": "CURRENT_TIMESTAMP(6)",
                "gen_random_uuid()": "(UUID())", "CURRENT_DATE": "(CURRENT_DATE)"}

    def untranslatable(self, text):
        return "REGEXP_I_LIKE" in text or "REGEXP_LIKE" in text or "::" in text

    def expression(self, text):
        """MariaDB has the REGEXP operator, not REGEXP_LIKE()."""
        out = super().expression(text) if text else None
        if out is None and " ~ " in (text or ""):
            left, _, pattern = text.partition(" ~ ")
            inner = super().expression(left)
            if inner is not None and re.fullmatch(r"'(?:[^']|'')*'", pattern.strip()):
                return f"{inner} REGEXP {self.string(pattern.strip()[1:-1].replace(chr(39) * 2, chr(39)))}"
        return out

    def enum_type(self, enum, table, column):
        return "ENUM(" + ", ".join(self.string(v) for v in enum.values) + ")"

    def map_type(self, text, table, column):
        out = super().map_type(text, table, column)
        if out == "TEXT" and self.keyed(table, column.name):       # keys need a length in InnoDB
            return "VARCHAR(255)"
        if text == "timestamp with time zone":
            self.warn(f"{table.name}.{column.name}: DATETIME(6) keeps no time zone; store UTC")
        return out

    @staticmethod
    def keyed(table, name):
        keys = [table.primary_key] if table.primary_key else []
        keys += list(table.uniques) + list(table.foreign_keys)
        return any(name in k.columns for k in keys) or any(name in [c.strip('"') for c in i.keys]
                                                           for i in table.indexes)

    def column(self, table, col):
        text = f"{self.quote(col.name)} {self.map_type(col.type, table, col)}"
        if not col.nullable or col.identity:
            text += " NOT NULL"
        if col.identity or (col.default or "").startswith("nextval("):
            text += " AUTO_INCREMENT"
        elif col.generated is not None:
            expr = self.expression(col.generated)
            if expr is not None:
                text += f" AS ({expr}) STORED"
            else:
                self.warn(f"{table.name}.{col.name}: generated expression left out")
        else:
            default = self.default(col, table)
            if default is not None:
                text += f" DEFAULT {default}"
        return text

    def render(self):
        engine = self.options.get("engine", "InnoDB")
        charset = self.options.get("charset", "utf8mb4")
        collation = self.options.get("collation", "utf8mb4_unicode_ci")
        out, late = [], []
        created = set()
        for table in table_order(self.schema.tables):
            if table.partition_of is not None:
                self.warn(f"partition {table.name} is left out (MySQL partitions are declared on the table)")
                continue
            parts = self.columns_and_keys(table)
            parts += self.checks(table)
            for fk in table.foreign_keys:            # to a table not created yet: added after all tables
                if fk.ref_table.name in created or fk.ref_table.name == table.name:
                    parts.append(foreign_key(self, fk))
                else:
                    late.append((table, fk))
            created.add(table.name)
            out.append(f"CREATE TABLE {self.quote(table.name)} (\n    " + ",\n    ".join(parts) +
                       f"\n) ENGINE={engine} DEFAULT CHARSET={charset} COLLATE={collation};")
            out += self.indexes(table)
        out += [f"ALTER TABLE {self.quote(t.name)} ADD {foreign_key(self, fk)};" for t, fk in late]
        self.opaque_warnings()
        return self.text("\n\n".join(out) + "\n")
