"""What the text says, before any SQL decision: entities, attributes, relations.

The extractor fills a Spec; the builder turns it into the schema model. Keeping
the two apart lets the LLM path produce the same Spec from JSON.
"""

from dataclasses import dataclass, field


@dataclass
class Attribute:
    name: str
    type: str | None = None            # a type the text states ("numeric(10,2)", "jsonb")
    values: tuple[str, ...] = ()       # a closed set of values (enum)
    unique: bool = False
    unique_within: str | None = None   # unique among the rows of one of these ("unique per organisation")
    optional: bool | None = None       # True: may be empty; False: required; None: not said
    low: int | None = None             # stated range ("rating 1-5")
    high: int | None = None
    unit: str | None = None            # "kg", "hectares", "money", "seconds"
    hint: str | None = None            # a type hint from wording: "count", "boolean", "text"


@dataclass
class Relation:
    source: str                        # entity holding the foreign key (many side)
    target: str                        # entity referenced (one side)
    role: str | None = None            # "start" -> start_station_id
    optional: bool = False
    owned: bool = False                # composition: the target owns the source (CASCADE)
    column: str | None = None          # the foreign key column's name, when the text gives it
    unique: bool = False               # one to one: at most one source row per target ("one invoice per order")


@dataclass
class Entity:
    key: str                           # singular snake_case
    words: tuple[str, ...]
    order: int
    attributes: dict[str, Attribute] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    evidence: int = 0
    hierarchy: bool = False            # parent/child tree on itself
    pair_unique: bool = False          # its two foreign keys together are unique (a like, a follow)
    unique_over: tuple[str, str] | None = None   # the references to these two are unique together
    stated: bool = False               # its columns were listed outright: nothing obvious is added

    def attribute(self, name):
        return self.attributes.setdefault(name, Attribute(name))

    def has_values(self, values):
        """Does a field of it hold exactly these values already (a closed set said twice is read once)?"""
        return any(set(a.values) == set(values) for a in self.attributes.values())


@dataclass
class Spec:
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    many_to_many: list[tuple[str, str, str | None]] = field(default_factory=list)  # (a, b, name)
    soft_delete: bool = False
    audit: bool = False
    multi_tenant: bool = False
    renters: bool = False                                     # its tenants are people who rent, not accounts
    uuid_keys: bool = False                                   # the text asks for UUID keys
    assumptions: list[str] = field(default_factory=list)
    unmodelled: list[str] = field(default_factory=list)   # phrases related to a table, neither table nor field
    listed: list[tuple[str, ...]] = field(default_factory=list)   # entity keys the text lists together
    logged: set[str] = field(default_factory=set)            # listed one at a time, with fields: records of
    #                                                          occurrences ("…, and every find with the spot")
    periods: dict[str, str] = field(default_factory=dict)     # entity key -> "monthly" ("a monthly budget")
    not_kept: set[str] = field(default_factory=set)           # fields the text says it does not keep ("names")
