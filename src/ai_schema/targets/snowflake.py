"""Snowflake: keys declared (not enforced), no CHECKs or indexes; options use_clustering, use_streams."""

from ..ddl.render import table_order
from .dialect import Dialect, foreign_key


class Snowflake(Dialect):
    name = "snowflake"
    sqlglot = "snowflake"
    backslash_escapes = True
    supports_checks = False
    TYPES = {
        "smallint": "NUMBER(5,0)", "integer": "NUMBER(10,0)", "bigint": "NUMBER(19,0)", "boolean": "BOOLEAN",
        "numeric": "NUMBER{args}", "real": "FLOAT", "double precision": "FLOAT", "text": "VARCHAR",
        "character varying": "VARCHAR{args}", "character": "CHAR{args}", "citext": "VARCHAR", "date": "DATE",
        "time without time zone": "TIME", "timestamp without time zone": "TIMESTAMP_NTZ",
        "timestamp with time zone": "TIMESTAMP_TZ", "interval": "VARCHAR", "uuid": "VARCHAR(36)",
        "json": "VARIANT", "jsonb": "VARIANT", "bytea": "BINARY", "inet": "VARCHAR(45)",
    }
    DEFAULTS = {"now()": "CURRENT_TIMESTAMP()", "CURRENT_TIMESTAMP": "CURRENT_TIMESTAMP()",
                "gen_random_uuid()": "UUID_STRING()", "CURRENT_DATE": "CURRENT_DATE()"}

    def array_type(self, base, table, column):
        return "ARRAY"

    def default(self, col, table):
        if col.type in ("json", "jsonb") and col.default is not None:
            self.warn(f"{table.name}.{col.name}: VARIANT columns take no default, left out")
            return None
        return super().default(col, table)

    def column(self, table, col):
        text = f"{self.quote(col.name)} {self.map_type(col.type, table, col)}"
        if col.identity or (col.default or "").startswith("nextval("):
            text += " AUTOINCREMENT"
        else:
            default = self.default(col, table)
            if default is not None:
                text += f" DEFAULT {default}"
        if not col.nullable:
            text += " NOT NULL"
        return text

    def render(self):
        out = []
        for table in table_order(self.schema.tables):
            if table.partition_of is not None:
                self.warn(f"partition {table.name} is left out (Snowflake clusters instead)")
                continue
            parts = self.columns_and_keys(table)
            parts += [foreign_key(self, fk) for fk in table.foreign_keys]
            self.checks(table)
            text = f"CREATE TABLE {self.quote(table.name)} (\n    " + ",\n    ".join(parts) + "\n)"
            cluster = [c for c in ("tenant_id", "created_at") if table.column(c)]
            if self.options.get("use_clustering") and cluster:
                text += f" CLUSTER BY ({', '.join(self.quote(c) for c in cluster)})"
            out.append(text + ";")
            if self.options.get("use_streams"):
                out.append(f"CREATE STREAM {self.quote(table.name + '_stream')} ON TABLE {self.quote(table.name)};")
            if table.indexes:
                self.warn(f"{table.name}: Snowflake has no indexes; {len(table.indexes)} left out")
        self.opaque_warnings()
        self.warn("primary, unique and foreign keys are declared but not enforced by Snowflake")
        return self.text("\n\n".join(out) + "\n")
