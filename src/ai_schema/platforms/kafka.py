"""Kafka / Confluent: an Avro key and value schema per table, the change-event envelope a
Debezium PostgreSQL connector writes (before, after, op, ts_ms), topic configs for its CDC topics
(<prefix>.<schema>.<table>; compacted when the table has a key) and the connector's config.
Logical types carry what Avro has no plain type for (decimal, uuid, date, timestamp-micros)."""

import json
import re

from ..ddl.types import base_type
from ..errors import AiSchemaError

PLAIN = {"smallint": "int", "integer": "int", "bigint": "long", "real": "float", "double precision": "double",
         "boolean": "boolean", "text": "string", "bytea": "bytes", "jsonb": "string", "json": "string",
         "inet": "string", "interval": "string", "character varying": "string", "character": "string",
         "citext": "string"}
LOGICAL = {"uuid": {"type": "string", "logicalType": "uuid"}, "date": {"type": "int", "logicalType": "date"},
           "timestamp with time zone": {"type": "long", "logicalType": "timestamp-micros"},
           "timestamp without time zone": {"type": "long", "logicalType": "local-timestamp-micros"},
           "time without time zone": {"type": "long", "logicalType": "time-micros"}}
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _name(text):
    out = re.sub(r"[^A-Za-z0-9_]", "_", text)
    return out if NAME.match(out) else "_" + out


def avro_type(sql_type, enums, namespace):
    """The Avro type of a column type."""
    if sql_type.endswith("[]"):
        return {"type": "array", "items": avro_type(sql_type[:-2], enums, namespace)}
    base = base_type(sql_type)
    if base in enums:
        symbols = list(enums[base])
        if all(NAME.match(s) for s in symbols):
            return {"type": "enum", "name": _name(base), "namespace": namespace, "symbols": symbols}
        return "string"
    if base == "numeric":
        found = re.search(r"\((\d+)(?:,\s*(\d+))?\)", sql_type)
        if found:
            return {"type": "bytes", "logicalType": "decimal", "precision": int(found.group(1)),
                    "scale": int(found.group(2) or 0)}
        return "string"                     # unbounded numeric: Debezium's precise string form
    return LOGICAL.get(base) or PLAIN.get(base, "string")


def _record(name, namespace, columns, enums, doc=None):
    fields, seen = [], set()
    for column in columns:
        kind = avro_type(column.type, enums, namespace)
        if isinstance(kind, dict) and kind.get("type") == "enum":
            if kind["name"] in seen:
                kind = kind["name"]           # an enum is defined once per schema, then named
            seen.add(kind["name"] if isinstance(kind, dict) else kind)
        field = {"name": _name(column.name), "type": ["null", kind] if column.nullable else kind}
        if column.nullable:
            field["default"] = None
        if column.comment:
            field["doc"] = column.comment
        fields.append(field)
    record = {"type": "record", "name": _name(name), "namespace": namespace, "fields": fields}
    if doc:
        record["doc"] = doc
    return record


def schemas(model, options):
    """{table: (topic, key schema or None, value schema, envelope schema)}."""
    prefix = options.get("topic_prefix", "app")
    schema = options.get("schema", "public")
    if not isinstance(prefix, str) or not re.fullmatch(r"[A-Za-z0-9._-]{1,100}", prefix):
        raise AiSchemaError("option topic_prefix must be letters, digits, '.', '_' or '-'", hint="For example app.")
    enums = {e.name: e.values for e in model.enums}
    out = {}
    for table in model.tables:
        if table.partition_of is not None:
            continue
        namespace = _name(f"{prefix}_{schema}_{table.name}").lower().replace("__", "_")
        value = _record("Value", namespace, table.columns, enums, table.comment)
        key = None
        if table.primary_key:
            key = _record("Key", namespace, [table.column(c) for c in table.primary_key.columns], enums)
        envelope = {"type": "record", "name": "Envelope", "namespace": namespace, "fields": [
            {"name": "before", "type": ["null", value], "default": None},
            {"name": "after", "type": ["null", f"{namespace}.Value"], "default": None},
            {"name": "op", "type": "string", "doc": "c create, u update, d delete, r snapshot read"},
            {"name": "ts_ms", "type": ["null", "long"], "default": None}]}
        out[table.name] = (f"{prefix}.{schema}.{table.name}", key, value, envelope)
    return out


def files(model, options):
    partitions = options.get("partitions", 6)
    replication = options.get("replication_factor", 3)
    if not isinstance(partitions, int) or not 1 <= partitions <= 1000:
        raise AiSchemaError("option partitions must be an integer from 1 to 1000", hint="For example 6.")
    if not isinstance(replication, int) or not 1 <= replication <= 10:
        raise AiSchemaError("option replication_factor must be an integer from 1 to 10", hint="For example 3.")
    out, topics = {}, []
    found = schemas(model, options)
    for table, (topic, key, value, envelope) in sorted(found.items()):
        out[f"kafka/{topic}-value.avsc"] = json.dumps(envelope, indent=2) + "\n"
        if key is not None:
            out[f"kafka/{topic}-key.avsc"] = json.dumps(key, indent=2) + "\n"
        topics.append({"topic": topic, "partitions": partitions, "replication_factor": replication,
                       "key_schema": f"{topic}-key.avsc" if key else None, "value_schema": f"{topic}-value.avsc",
                       "config": {"cleanup.policy": "compact" if key else "delete",
                                  "min.insync.replicas": str(min(2, replication)),
                                  "retention.ms": "-1" if key else "604800000"}})
    out["kafka/topics.json"] = json.dumps(topics, indent=2) + "\n"
    prefix, schema = options.get("topic_prefix", "app"), options.get("schema", "public")
    out["kafka/connector.json"] = json.dumps({"name": f"{prefix}-cdc", "config": {
        "connector.class": "io.debezium.connector.postgresql.PostgresConnector", "plugin.name": "pgoutput",
        "topic.prefix": prefix, "table.include.list": ",".join(f"{schema}.{t}" for t in sorted(found)),
        "key.converter": "io.confluent.connect.avro.AvroConverter",
        "value.converter": "io.confluent.connect.avro.AvroConverter",
        "key.converter.schema.registry.url": options.get("schema_registry_url", "http://localhost:8081"),
        "value.converter.schema.registry.url": options.get("schema_registry_url", "http://localhost:8081"),
        "database.hostname": "${env:PGHOST}", "database.dbname": "${env:PGDATABASE}",
        "database.user": "${env:PGUSER}", "database.password": "${env:PGPASSWORD}"}}, indent=2) + "\n"
    return out
