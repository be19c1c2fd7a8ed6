"""Column type, nullability, default and CHECK from an attribute's name and what the text said.

Rules go from the most specific evidence to the least: a type the text
states, a closed value set, a stated range, then the attribute's name
(``*_at`` -> timestamptz, money words -> numeric(12,2), counts -> integer
>= 0 …), and text when nothing says otherwise.
"""

import re
from dataclasses import dataclass

from ..ddl.naming import STATUS_NAME
from . import lexicon, words as w

MONEY = re.compile(r"(^|_)(price|cost|amount|fee|fare|balance|total|salary|budget|goal|revenue|"
                   r"charge|charged|payment|wage|subtotal|tax|discount|donation|pledge|deposit|"
                   r"refund|income|expense|spend|spent|paid|rent|tuition|commission|payout|premium)(_|$)")
COUNT = re.compile(r"(^|_)(count|counter|quantity|qty|num|capacity|stock|units|seats|step|"
                   r"minutes|seconds|hours|days|weeks|months|years|duration|attempts|retries|views|copies|"
                   r"points|rank|position|sort_order|version_number|number_of|age|rating|stars)(_|$)|^num_|_count$|"
                   r"^[a-z]+s_(?:left|remaining)$")   # ("spots left", "places remaining": how many)
MEASURE = re.compile(r"(^|_)(weight|height|width|depth|length|area|volume|yield|temperature|"
                     r"value|score|rate|ratio|percentage|percent|distance|speed|size_kg|kg|reading|mileage|odometer|"
                     r"ul|ml|hectares|ha|km|cm|mm|c|liters|litres|gallons|kilometers|kilometres|miles|grams|kilograms|"
                     r"weights|heights|lengths|temperatures|distances|readings)(?:_[a-z]+(?:ed|en))?$")   # ("harvests with
#                                                                         weights", "the distance driven")
JSON = re.compile(r"(^|_)(json|metadata|settings|config|configuration|hyperparameters|"
                  r"parameters|params|properties|attributes|preferences|payload|options|"
                  r"schema|extra|details_json|data)$")
TIMESTAMP = re.compile(r"(_at|_time|_timestamp|^timestamp|_datetime)$")
DATE = re.compile(r"(_on|_date|^date|^dob|^birthday|^deadline|_deadline|_due)$|^date_of_|^date_[a-z]+(?:ed|en|wn)$")   # (date_added, date_withdrawn)
BOOLEAN = re.compile(r"^(is|has|can|should|was|allow|allows|needs)_")
YEAR = re.compile(r"(^|_)year(_|$)|_year$")


@dataclass
class ColumnPlan:
    type: str
    nullable: bool = True
    default: str | None = None
    checks: tuple[str, ...] = ()        # expressions over the column, e.g. "quantity >= 0"


def _literal(value):
    return "'" + value.replace("'", "''") + "'"


def _money(attr, name):
    """Is the field an amount of money (a unit said so, or a money word names it, not its id or kind —
    'a currency code': a code)?"""
    return bool(
        (attr.unit == "money" or MONEY.search(name)) and
        not re.search(r"(_id|_count|_number|_method|_type|_reference|_status|_centre|_center|"
                      r"_code|_category|_list|_plan|_name|_policy|_frequency|_class)$", name)
        and not re.search(r"(^|_)(time|minutes|hours|seconds|days)(_|$)", name))    # ("time_spent_minutes")


def _in_units(name):
    """A name that ends in a plural unit ('weight_tonnes', 'distance_miles'): WordNet files the
    unit (tonne, mile) as a quantity; the column is a number of them."""
    last = name.rsplit("_", 1)[-1]
    return "_" in name and w.is_plural(last) and w.singular(last) in lexicon.measure_nouns()


def _counted(name):
    """A quantifier before a plural ('total_spaces', 'available_seats', 'remaining_tickets'): a number of
    things, not an amount of money (a plural unit, 'total_miles', is a measure)."""
    first, _, last = name.partition("_")
    return first in ("total", "available", "remaining", "free", "spare", "used", "sold", "open") and \
        "_" not in last and w.is_plural(last) and not _in_units(name)


# states a record waits in before anything is decided: where a new one starts when the text lists a
# decided state first ("approved, rejected or still pending": pending; but "active, pending, sold": active)
_WAITING_STATES = frozenset("pending new draft open requested waiting queued to_do todo".split())


def plan_column(column, attr, options):
    """The ColumnPlan of one attribute; column is the (already safe) column name."""
    name = column
    plan = ColumnPlan("text")
    required = attr.optional is False
    if attr.values:
        plan.type = "text"
        listed = ", ".join(_literal(v) for v in attr.values)
        plan.checks = (f"{column} IN ({listed})",)
        plan.nullable = bool(attr.optional)
        if not plan.nullable:
            first = attr.values[0] if not attr.values[0].endswith("ed") else \
                next((v for v in attr.values if v in _WAITING_STATES), attr.values[0])
            plan.default = _literal(first) if re.search(r"(^|_)(status|state)$", name) else None
        return plan
    if attr.type:
        plan.type = attr.type
        if attr.type == "jsonb" and not options.get("use_jsonb", True):
            plan.type = "json"
        amount = attr.unit == "money" or (_money(attr, name) and not re.search(r"(^|_)balance$", name)) or \
            COUNT.search(name)
        numeric = re.match(r"(numeric|decimal|integer|int|smallint|bigint|real|double)", attr.type)
        if numeric and attr.low is not None and attr.high is not None:
            plan.checks = (f"{column} BETWEEN {attr.low} AND {attr.high}",)     # "stars int 1-5"
        elif amount and numeric:
            plan.checks = (f"{column} >= 0",)       # a stated type keeps the sign check ("price numeric(10,2)")
    elif attr.low is not None and attr.high is not None:
        plan.type = "smallint" if -32768 <= attr.low and attr.high <= 32767 else "integer"
        plan.checks = (f"{column} BETWEEN {attr.low} AND {attr.high}",)
    elif attr.hint == "boolean" or BOOLEAN.search(name):
        return ColumnPlan("boolean", False, "false")
    elif attr.hint == "timestamp" or TIMESTAMP.search(name):
        plan.type = "timestamp with time zone"
    elif attr.hint == "date" or DATE.search(name) and not (name.endswith("_due") and _money(attr, name)):   # ("fee_due")
        plan.type = "date"
    elif name in ("latitude", "lat"):
        plan.type, plan.checks = "numeric(9,6)", (f"{column} BETWEEN -90 AND 90",)
    elif name in ("longitude", "lng", "lon"):
        plan.type, plan.checks = "numeric(9,6)", (f"{column} BETWEEN -180 AND 180",)
    elif _counted(name):
        plan.type = "integer"                    # "total spaces": how many of them
        plan.checks = (f"{column} >= 0",)
    elif _money(attr, name):
        plan.type = "numeric(12,2)"
        if not re.search(r"(^|_)balance$", name):
            plan.checks = (f"{column} >= 0",)
    elif YEAR.search(name):
        plan.type = "integer"
    elif attr.hint == "count" or (COUNT.search(name) and attr.hint != "numeric" and
                                  attr.unit in (None, "seconds", "minutes", "hours", "days", "weeks", "months", "years",
                                                "nights", "percent")):
        #                                  ("how long it took in hours"; "a capacity in kilograms" is a measure)
        plan.type = "integer"
        plan.checks = (f"{column} >= 0",)
        if re.search(r"(_count|_counter|^views|_views)$", name):   # ("a view counter that starts at zero")
            plan.nullable, plan.default = False, "0"
    elif attr.hint == "numeric" or attr.unit not in (None, "money") or MEASURE.search(name) or _in_units(name):
        #                                          (money named by a code or a kind is no amount: "a currency code")
        plan.type = "numeric"
        if attr.unit not in (None, "c", "f") and not re.search(r"temperature", name):
            plan.checks = (f"{column} >= 0",)
    elif re.match(r"(?:max|maximum|min|minimum)_", name):
        plan.type = "integer"                    # "a maximum group size": a bound is a number
        plan.checks = (f"{column} >= 0",)
    elif JSON.search(name):
        plan.type = "jsonb" if options.get("use_jsonb", True) else "json"
    elif re.search(r"(^|_)(ip|ip_address)$", name):
        plan.type = "inet"
    elif re.search(r"(^|_)mac_address$", name):
        plan.type = "macaddr"                    # PostgreSQL's own type checks and normalizes it
    elif re.search(r"(^|_)email$", name) or name.endswith("_email"):
        plan.checks = (f"{column} ~ '^[^@[:space:]]+@[^@[:space:]]+$'",)
    elif re.search(r"(^|_)(url|uri|website|homepage)$", name):
        plan.checks = (f"{column} ~ '^[a-z][a-z0-9+.-]*://'",)
    elif re.search(r"(^|_)tags$", name) and options.get("use_arrays", True):
        plan.type = "text[]"
    elif STATUS_NAME.search(name):
        # a status, role or kind the text gives no values for: a lower-case code, so "Shipped" and
        # "shipped " are not two spellings of one state (list the values to get a closed set)
        plan.checks = (f"{column} ~ '^[a-z][a-z0-9_]*$'",)
    if attr.type == "text[]" and not options.get("use_arrays", True):
        plan.type = "jsonb"
    if attr.unique or required or re.fullmatch(r"(name|title|email|username|sku|slug|code)", name):
        plan.nullable = False if attr.optional is not True else True
    if attr.optional is True:
        plan.nullable = True
    return plan
