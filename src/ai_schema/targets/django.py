"""Django models: one model per table, db_table and db_column keep the names, keys and
indexes named as in the model. What Django cannot declare (CHECKs in SQL, expression and
partial indexes, enum types, multi-column foreign keys) is written as a comment."""

import keyword
import re

from .dialect import split_type
from .sqlalchemy import _class_name

FIELDS = {
    "smallint": "SmallIntegerField()", "integer": "IntegerField()", "bigint": "BigIntegerField()",
    "boolean": "BooleanField()", "text": "TextField()", "citext": "TextField()",
    "character varying": "CharField(max_length={0})", "character": "CharField(max_length={0})",
    "numeric": "DecimalField(max_digits={0}, decimal_places={1})", "real": "FloatField()",
    "double precision": "FloatField()", "date": "DateField()", "time without time zone": "TimeField()",
    "timestamp without time zone": "DateTimeField()", "timestamp with time zone": "DateTimeField()",
    "uuid": "UUIDField()", "json": "JSONField()", "jsonb": "JSONField()", "bytea": "BinaryField()",
    "inet": "GenericIPAddressField()", "interval": "DurationField()",
}
ACTIONS = {"CASCADE": "CASCADE", "RESTRICT": "RESTRICT", "SET NULL": "SET_NULL", "SET DEFAULT": "SET_DEFAULT",
           "NO ACTION": "DO_NOTHING"}
_LITERAL = re.compile(r"^'((?:[^']|'')*)'(::[a-z ]+)?$")


def _ident(name):
    ident = re.sub(r"\W", "_", name).strip("_") or "field"
    if ident[0].isdigit() or keyword.iskeyword(ident) or ident in ("pk", "objects", "id_") or "__" in ident:
        ident = "f_" + ident.replace("__", "_")
    return ident


class _Writer:
    def __init__(self, schema):
        self.schema = schema
        self.enums = {e.name: e for e in schema.enums}
        self.classes = {}
        for table in schema.tables:
            name, n = _class_name(table.name), 2
            while name in self.classes.values():
                name, n = f"{_class_name(table.name)}{n}", n + 1
            self.classes[table.name] = name

    def field_type(self, col, notes):
        base, args, array = split_type(col.type)
        if base in self.enums and not array:
            choices = ", ".join(f"({v!r}, {v!r})" for v in self.enums[base].values)
            notes.append(f"{col.name}: enum {base} as choices")
            return f"CharField(max_length=63, choices=[{choices}])"
        parts = (args or "").split(",") if args else []
        if base == "numeric" and len(parts) < 2:
            parts = [parts[0] if parts else "38", "0" if parts else "10"]
        if base in ("character varying", "character") and not parts:
            return "TextField()"
        inner = FIELDS.get(base)
        if inner is None:
            notes.append(f"{col.name}: type {col.type} stored as text")
            inner = "TextField()"
        inner = inner.format(*parts) if "{" in inner else inner
        return f"ArrayField(models.{inner})" if array else inner

    def default(self, col, notes):
        if col.default is None:
            return []
        if col.default in ("now()", "CURRENT_TIMESTAMP"):
            return ["db_default=Now()"]
        literal = _LITERAL.match(col.default)
        if literal:
            return [f"db_default={literal.group(1).replace(chr(39) * 2, chr(39))!r}"]
        if re.fullmatch(r"-?\d+(\.\d+)?", col.default):
            return [f"db_default={col.default}"]
        if col.default in ("true", "false"):
            return [f"db_default={col.default == 'true'}"]
        notes.append(f"{col.name}: default {col.default} is set by the database DDL only")
        return []

    def model(self, table):
        notes, lines = [], []
        pk = table.primary_key.columns if table.primary_key else ()
        fk_by_column = {fk.columns[0]: fk for fk in table.foreign_keys if len(fk.columns) == 1}
        names = {}
        for col in table.columns:
            fk = fk_by_column.get(col.name)
            name = _ident(col.name[:-3] if fk and col.name.endswith("_id") else col.name)
            if name in names.values() or name == "id" and col.name != "id":
                name = _ident(col.name + "_ref")
            names[col.name] = name
            options = [f"db_column={col.name!r}"] if name != col.name else []
            if col.nullable and col.name not in pk:
                options.append("null=True")
            if col.name in pk and len(pk) == 1:
                options.append("primary_key=True")
            if fk is not None:
                target = "self" if fk.ref_table.name == table.name else self.classes.get(fk.ref_table.name)
                if target is None or fk.ref_columns != (self.pk_of(fk.ref_table.name) or ()):
                    notes.append(f"{col.name}: foreign key to {fk.ref_table.name}.{fk.ref_columns} kept as a column")
                    fk = None
                else:
                    action = ACTIONS.get(fk.on_delete, "DO_NOTHING")
                    lines.append(f"    {name} = models.ForeignKey({target!r}, models.{action}, related_name='+', "
                                 f"db_constraint=True, {', '.join(options + [f'db_index=False'])})")
                    continue
            if col.identity and col.name in pk and len(pk) == 1:
                kind = "BigAutoField" if col.type == "bigint" else "AutoField"
                lines.append(f"    {name} = models.{kind}({', '.join(options)})")
                continue
            if col.generated is not None:
                notes.append(f"{col.name}: generated column, computed by the database")
            options += self.default(col, notes)
            field = self.field_type(col, notes)
            head, _, rest = field.partition("(")
            joined = ", ".join(filter(None, [rest[:-1], *options]))
            module = "" if head == "ArrayField" else "models."          # ArrayField is postgres's, imported
            lines.append(f"    {name} = {module}{head}({joined})")
        meta = [f"        db_table = {table.name!r}"]
        constraints = []
        if len(pk) > 1:
            lines.append(f"    pk = models.CompositePrimaryKey({', '.join(repr(names[c]) for c in pk)})")
        for u in table.uniques:
            constraints.append(f"models.UniqueConstraint(fields={[names[c] for c in u.columns]!r}, name={u.name!r})")
        for check in table.checks:
            notes.append(f"CHECK {check.name}: {check.expression}")
        indexes = []
        for index in table.indexes:
            cols = [k.strip('"').removesuffix(" DESC") for k in index.keys]
            if index.where or index.unique or any(c not in names for c in cols) or index.method != "btree" \
                    or len(index.name) > 30:                    # Django refuses longer index names (E034)
                notes.append(f"index {index.name} is created by the database DDL only")
                continue
            fields = [("-" if k.endswith(" DESC") else "") + names[c] for k, c in zip(index.keys, cols)]
            indexes.append(f"models.Index(fields={fields!r}, name={index.name!r})")
        if constraints:
            meta.append("        constraints = [\n            " + ",\n            ".join(constraints) + ",\n        ]")
        if indexes:
            meta.append("        indexes = [\n            " + ",\n            ".join(indexes) + ",\n        ]")
        if not pk:
            notes.append("no primary key: Django adds an id column")
        out = [f"class {self.classes[table.name]}(models.Model):"]
        out += [f"    # {n}" for n in notes]
        out += lines + ["", "    class Meta:"] + meta
        return "\n".join(out)

    def pk_of(self, name):
        table = next((t for t in self.schema.tables if t.name == name), None)
        return table.primary_key.columns if table and table.primary_key else None

    def render(self):
        out = ['"""Django models generated by ai_schema."""', "",
               "from django.contrib.postgres.fields import ArrayField", "from django.db import models",
               "from django.db.models.functions import Now", ""]
        for table in self.schema.tables:
            if table.partition_of is not None:
                out.append(f"# {table.name}: a partition, managed by the database DDL")
                continue
            out += ["", self.model(table), ""]
        return "\n".join(out).rstrip() + "\n"


def django_models(schema):
    return _Writer(schema).render()
