"""AWS Glue Data Catalog: one CreateTable request per table (DatabaseName + TableInput) for the
tables' Parquet exports on S3, with Hive column types. The JSON is what `aws glue create-table
--cli-input-json` and boto3's create_table take."""

import json
import re

from ..ddl.types import base_type
from ..errors import AiSchemaError

HIVE = {"smallint": "smallint", "integer": "int", "bigint": "bigint", "real": "float", "double precision": "double",
        "boolean": "boolean", "date": "date", "timestamp with time zone": "timestamp",
        "timestamp without time zone": "timestamp", "bytea": "binary"}


def hive_type(sql_type):
    if sql_type.endswith("[]"):
        return f"array<{hive_type(sql_type[:-2])}>"
    base = base_type(sql_type)
    if base == "numeric":
        found = re.search(r"\((\d+)(?:,\s*(\d+))?\)", sql_type)
        return f"decimal({min(int(found.group(1)), 38)},{found.group(2) or 0})" if found else "decimal(38,10)"
    if base in ("character varying", "character"):
        found = re.search(r"\((\d+)\)", sql_type)
        return f"varchar({found.group(1)})" if found and base == "character varying" else "string"
    return HIVE.get(base, "string")


def files(model, options):
    database = options.get("database", "app")
    location = options.get("s3_location", "s3://my-bucket/exports")
    if not isinstance(database, str) or not re.fullmatch(r"[a-z0-9_]{1,255}", database):
        raise AiSchemaError("option database must be lower-case letters, digits and _", hint="For example app.")
    if not isinstance(location, str) or not location.startswith("s3://"):
        raise AiSchemaError("option s3_location must be an s3:// URI", hint="For example s3://bucket/exports.")
    out = {}
    for table in model.tables:
        if table.partition_of is not None:
            continue
        columns = []
        for column in table.columns:
            entry = {"Name": column.name.lower(), "Type": hive_type(column.type)}
            if column.comment:
                entry["Comment"] = column.comment[:255]
            columns.append(entry)
        request = {"DatabaseName": database, "TableInput": {
            "Name": table.name.lower(), "TableType": "EXTERNAL_TABLE",
            "Parameters": {"classification": "parquet", "source": "ai-schema",
                           **({"primary_key": ",".join(table.primary_key.columns)} if table.primary_key else {})},
            "StorageDescriptor": {
                "Columns": columns, "Location": f"{location.rstrip('/')}/{table.name}/",
                "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"}},
            "PartitionKeys": []}}
        if table.comment:
            request["TableInput"]["Description"] = table.comment[:2048]
        out[f"glue/{table.name}.json"] = json.dumps(request, indent=2) + "\n"
    return out
