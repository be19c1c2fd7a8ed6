"""The JSON the model must return, its validation, and its mapping to the generator's Spec.

Everything in an answer is data: names become identifiers through the generator's naming
(always quoted when rendered), types must be one of TYPES, enum values become literals,
bounds must be integers. There is no field that can carry SQL.
"""

import json
import re

from ..generate import words
from ..generate.spec import Attribute, Entity, Relation, Spec

MAX_ENTITIES = 250
MAX_ATTRIBUTES = 100
TYPES = {"text": "text", "string": "text", "email": "text", "url": "text", "integer": "integer",
         "int": "integer", "bigint": "bigint", "smallint": "smallint", "decimal": "numeric(12,2)",
         "numeric": "numeric(12,2)", "money": "numeric(12,2)", "float": "double precision",
         "double": "double precision", "boolean": "boolean", "date": "date", "time": "time",
         "timestamp": "timestamp with time zone", "datetime": "timestamp with time zone", "uuid": "uuid",
         "json": "jsonb", "jsonb": "jsonb", "enum": None}
KINDS = ("many_to_one", "one_to_one", "many_to_many")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")

SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["entities"],
    "properties": {
        "entities": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["name", "attributes"],
            "properties": {
                "name": {"type": "string", "description": "singular noun, e.g. customer"},
                "attributes": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["name", "type"],
                    "properties": {
                        "name": {"type": "string"}, "type": {"type": "string", "enum": sorted(TYPES)},
                        "required": {"type": "boolean"}, "unique": {"type": "boolean"},
                        "values": {"type": "array", "items": {"type": "string"}},
                        "min": {"type": "integer"}, "max": {"type": "integer"}}}}}}},
        "relationships": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["from", "to", "kind"],
            "properties": {"from": {"type": "string"}, "to": {"type": "string"},
                           "kind": {"type": "string", "enum": list(KINDS)}, "role": {"type": "string"},
                           "required": {"type": "boolean"}, "owned": {"type": "boolean"}}}},
        "multi_tenant": {"type": "boolean"}, "soft_delete": {"type": "boolean"}, "audit": {"type": "boolean"}}}


def _name(text):
    """A plain snake_case name, or None."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    name = words.snake(re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text).split())
    return name if _NAME.match(name) else None


def _entity_key(text):
    name = _name(text)
    return words.singular(name) if name and "_" not in name else name


def validate(content):
    """(answer, errors): the parsed answer and what is wrong with it (empty when valid)."""
    try:
        data = json.loads(content)
    except (TypeError, ValueError) as exc:
        return None, [f"the answer is not JSON: {exc}"]
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list) or not data["entities"]:
        return None, ['the answer must be an object with a non-empty "entities" array']
    errors = []
    unknown = sorted(set(data) - set(SCHEMA["properties"]))
    if unknown:
        errors.append(f"unknown top-level fields: {', '.join(unknown)[:200]}")
    if len(data["entities"]) > MAX_ENTITIES:
        errors.append(f"at most {MAX_ENTITIES} entities")
    names = set()
    for i, entity in enumerate(data["entities"][:MAX_ENTITIES]):
        if not isinstance(entity, dict) or _entity_key(entity.get("name")) is None:
            errors.append(f"entities[{i}].name must be a plain noun (letters, digits, underscores)")
            continue
        names.add(_entity_key(entity["name"]))
        attributes = entity.get("attributes")
        if not isinstance(attributes, list) or len(attributes) > MAX_ATTRIBUTES:
            errors.append(f"entities[{i}].attributes must be an array of at most {MAX_ATTRIBUTES}")
            continue
        for j, attr in enumerate(attributes):
            where = f"entities[{i}].attributes[{j}]"
            if not isinstance(attr, dict) or _name(attr.get("name")) is None:
                errors.append(f"{where}.name must be a plain name")
            elif attr.get("type") not in TYPES:
                errors.append(f"{where}.type must be one of {', '.join(sorted(TYPES))}")
            elif attr["type"] == "enum" and not (isinstance(attr.get("values"), list) and attr["values"] and all(
                    isinstance(v, str) and 0 < len(v.encode()) <= 63 for v in attr["values"])):
                errors.append(f"{where}: an enum needs values, strings of 1 to 63 bytes")
            elif any(k in attr and not isinstance(attr[k], int) for k in ("min", "max")) or any(
                    k in attr and not isinstance(attr[k], bool) for k in ("required", "unique")):
                errors.append(f"{where}: min/max must be integers, required/unique booleans")
    for i, rel in enumerate(data.get("relationships") or []):
        if not isinstance(rel, dict) or rel.get("kind") not in KINDS:
            errors.append(f"relationships[{i}].kind must be one of {', '.join(KINDS)}")
        elif _entity_key(rel.get("from")) not in names or _entity_key(rel.get("to")) not in names:
            errors.append(f"relationships[{i}] must join two declared entities")
        elif rel.get("role") is not None and _name(rel["role"]) is None:
            errors.append(f"relationships[{i}].role must be a plain name")
    for flag in ("multi_tenant", "soft_delete", "audit"):
        if flag in data and not isinstance(data[flag], bool):
            errors.append(f"{flag} must be true or false")
    return data, errors


def to_spec(data):
    """A valid answer as the generator's Spec."""
    spec = Spec()
    for i, item in enumerate(data["entities"]):
        key = _entity_key(item["name"])
        if key in spec.entities:
            continue
        entity = spec.entities[key] = Entity(key=key, words=tuple(key.split("_")), order=i, evidence=1)
        for attr in item["attributes"]:
            name = _name(attr["name"])
            if name in ("id", key + "_id"):
                continue
            entity.attributes[name] = Attribute(
                name, type=TYPES[attr["type"]], values=tuple(dict.fromkeys(attr.get("values") or ())),
                unique=bool(attr.get("unique")), optional=None if "required" not in attr else not attr["required"],
                low=attr.get("min"), high=attr.get("max"),
                hint="boolean" if attr["type"] == "boolean" else None)
    for rel in data.get("relationships") or []:
        a, b = _entity_key(rel["from"]), _entity_key(rel["to"])
        if rel["kind"] == "many_to_many":
            spec.many_to_many.append((a, b, None))
        else:
            spec.relations.append(Relation(a, b, _name(rel["role"]) if rel.get("role") else None,
                                           optional=not rel.get("required", True), owned=bool(rel.get("owned")),
                                           unique=rel["kind"] == "one_to_one"))    # at most one per target
    spec.multi_tenant = bool(data.get("multi_tenant"))
    spec.soft_delete = bool(data.get("soft_delete"))
    spec.audit = bool(data.get("audit"))
    return spec
