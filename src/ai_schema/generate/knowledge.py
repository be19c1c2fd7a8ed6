"""General knowledge: the obvious attributes of common entities, and the usual
entities of common kinds of application when a description names only the kind.

Used only where the text says nothing: an entity with no stated attributes
gets its obvious ones, and "make me a shopping website" gets a shop.
"""

from . import lexicon
from . import text as tx
from . import words as w
from .cues import GENERIC_HEADS, INTERACTIONS, KIND_NAMES, LENT_ACTS
from .spec import Entity, Relation
from .title_lists import NUMBER_HEADERS

PERSON = ("name", "email")
# entity head word -> attributes it obviously has (unique ones marked with !)
ATTRIBUTES = {
    "user": ("email!", "name"), "customer": ("email!", "name"), "member": ("email!", "name"),
    "author": ("name", "email"), "person": PERSON, "employee": PERSON, "student": PERSON,
    "teacher": PERSON, "instructor": PERSON, "patient": ("name", "date_of_birth"),
    "doctor": PERSON, "client": PERSON, "contact": PERSON, "supplier": PERSON, "vendor": PERSON,
    "owner": PERSON, "staff": PERSON, "driver": PERSON, "guest": PERSON, "player": PERSON,
    "trainer": PERSON, "coach": PERSON, "agent": PERSON, "nurse": PERSON, "therapist": PERSON,
    "mechanic": PERSON, "technician": PERSON, "volunteer": PERSON, "manager": PERSON, "reviewer": PERSON,
    "product": ("name", "price"), "item": ("name", "price"), "service": ("name", "price"),
    "post": ("title", "body"), "article": ("title", "body"), "page": ("title", "body"),
    "comment": ("body",), "review": ("rating", "body"), "message": ("body",), "rating": ("score",),
    "tag": ("name!",), "category": ("name",), "genre": ("name!",), "label": ("name!",),
    "order": ("status", "placed_at"), "invoice": ("invoice_number!", "total_amount", "issued_on"),
    "payment": ("amount", "paid_at"), "course": ("title", "description"), "book": ("title", "isbn!"),
    "event": ("name", "starts_at"), "day": ("date",), "night": ("date",), "evening": ("date",), "project": ("name", "description"), "task": ("title", "status"),
    "team": ("name",), "company": ("name",), "organization": ("name",), "tenant": ("name",),
    "account": ("name",), "address": ("line1", "city", "postal_code", "country"),
    "location": ("name",), "room": ("name",), "venue": ("name", "address"),
    "ticket": ("subject", "status"), "reservation": ("starts_at", "ends_at"),
    "booking": ("starts_at", "ends_at"), "appointment": ("scheduled_at",),
    "shipment": ("shipped_at", "tracking_number"), "cart": (), "wishlist": (),
    "photo": ("url", "caption"), "image": ("url",), "file": ("name", "url"),
    "device": ("name", "serial_number!"), "sensor": ("name",), "reading": ("value", "recorded_at"),
    "transaction": ("amount", "occurred_at"), "subscription": ("started_at", "ended_at"),
    "plan": ("name", "price"), "role": ("name!",), "permission": ("name!",),
}

# things that admit one to an event (WordNet's occurrences): a price, not a helpdesk ticket's subject and status
_ADMISSIONS = frozenset(("ticket", "pass"))

# words in a vague description -> the kind of application, and a description of its usual tables
DOMAINS = (
    (("shop", "shopping", "store", "ecommerce", "e-commerce", "marketplace", "retail"), "an online shop",
     "Customers have a name and a unique email. Products have a unique SKU, a name, a price and a stock "
     "quantity. Categories have a name. Each product belongs to a category. A customer places many orders. "
     "An order has a status (pending, paid, shipped, delivered or cancelled). An order has many order items. "
     "Each order item has a quantity and a unit price and belongs to a product."),
    (("blog", "blogging", "cms", "magazine"), "a blog",
     "Users have a unique username and a unique email. A user writes many posts. Posts have a title, a body "
     "and a published date. Comments have a body. A post has many comments. A user writes many comments. "
     "Tags have a unique name. Posts are tagged with many tags and tags label many posts."),
    (("social", "friends", "followers", "community"), "a social network",
     "Users have a unique username, an email and a bio. A user writes many posts. Posts have a body. "
     "Users follow other users. Users like many posts."),
    (("school", "course", "courses", "students", "learning", "university", "lms"), "a learning platform",
     "Students have a name and a unique email. Instructors have a name and an email. Courses have a title "
     "and a description. An instructor teaches many courses. Students enroll in many courses."),
    (("clinic", "hospital", "medical", "health", "doctor", "doctors", "patients"), "a clinic",
     "Patients have a name and a date of birth. Doctors have a name and a specialty. Appointments have a "
     "scheduled time and a status (scheduled, completed or cancelled). Each appointment belongs to a patient. "
     "Each appointment belongs to a doctor."),
    (("inventory", "warehouse", "warehouses"), "inventory management",
     "Warehouses have a name and an address. Products have a unique SKU and a name. Stock movements have a "
     "quantity and a moved time. Each stock movement belongs to a product. Each stock movement belongs to a "
     "warehouse."),
    (("todo", "task", "tasks", "kanban"), "task tracking",
     "Users have a name and a unique email. Projects have a name. A project has many tasks. Tasks have a "
     "title, a due date and a status (todo, in_progress or done). Each task belongs to a user."),
    (("booking", "bookings", "reservation", "reservations", "hotel", "restaurant"), "bookings",
     "Customers have a name and a unique email. Rooms have a name and a capacity. Reservations have a start "
     "time and an end time. Each reservation belongs to a customer. Each reservation belongs to a room."),
    (("library", "libraries"), "a library",
     "Authors have a name. Books have a title, a unique ISBN and a publication year. Books are written by "
     "many authors and authors write many books. Members have a name and a unique email. Loans have a loan "
     "date, a due date and a return date. Each loan belongs to a book. Each loan belongs to a member."),
    (("crm", "sales", "leads"), "a CRM",
     "Companies have a name and a website. Contacts have a name and an email. A company has many contacts. "
     "Deals have a title, an amount and a stage (lead, qualified, won or lost). Each deal belongs to a company."),
)


# How two well-known things usually relate, for entities the text lists without relating them:
# (holder of the foreign key, referenced) for many-to-one, and pairs for many-to-many.
USUAL_MANY_TO_ONE = (("book", "publisher"), ("comment", "post"), ("order", "customer"), ("order_item", "order"),
                     ("order_item", "product"), ("product", "category"), ("employee", "department"),
                     ("task", "project"), ("invoice", "customer"), ("payment", "order"), ("review", "product"),
                     ("appointment", "patient"), ("appointment", "doctor"), ("loan", "book"), ("loan", "member"),
                     ("album", "artist"), ("track", "album"), ("song", "album"), ("episode", "podcast"),
                     ("lesson", "course"), ("city", "country"), ("message", "conversation"), ("ticket", "customer"),
                     ("project", "organization"), ("invoice_line", "invoice"), ("reservation", "room"),
                     ("post", "user"), ("comment", "user"), ("photo", "user"), ("player", "team"))
USUAL_MANY_TO_MANY = (("book", "author"), ("course", "student"), ("post", "tag"), ("movie", "actor"),
                      ("product", "tag"), ("recipe", "ingredient"))     # (owner, owned): post_tags


def relate_listed(spec):
    """Entities the text relates to nothing get their usual relations to each other (and say so)."""
    related = {r.source for r in spec.relations} | {r.target for r in spec.relations}
    related |= {x for a, b, _ in spec.many_to_many for x in (a, b)}
    alone = {key for key in spec.entities if key not in related}
    for source, target in USUAL_MANY_TO_ONE:
        if source in spec.entities and target in spec.entities and (source in alone or target in alone):
            spec.relations.append(Relation(source, target))
            spec.assumptions.append(f"each {source.replace('_', ' ')} belongs to a {target.replace('_', ' ')}"
                                    " (the usual relation; the text did not say)")
    for a, b in USUAL_MANY_TO_MANY:
        if (a in alone or b in alone) and a in spec.entities and b in spec.entities:
            spec.many_to_many.append((a, b, None))
            spec.assumptions.append(f"{a.replace('_', ' ')}s and {b.replace('_', ' ')}s are many-to-many "
                                    "(the usual relation; the text did not say)")


_PARTS = frozenset("line item entry detail row".split())


def relate_parts(spec):
    """'order lines', 'invoice items', 'journal entries': a part named after another thing of the text
    is one of that thing's parts, whatever else the text says of it; so is any thing so named that refers to
    nothing yet ('work order tasks', 'course modules'; what refers to it says nothing of its whole) — not a
    person ('a project lead'), a kind ('product categories'), a value ('delivery addresses') nor a table the
    text states column by column."""
    for key, entity in spec.entities.items():
        words = entity.words
        if len(words) < 2:
            continue
        if words[-1] not in _PARTS and w.plural(words[-1]) not in NUMBER_HEADERS and (
                entity.stated or lexicon.story_person(words[-1]) or words[-1] in KIND_NAMES or w.field_word(words[-1])
                or any(r.source == key for r in spec.relations) or
                any(key in (a, b) and not lexicon.holds_people(b if key == a else a) for a, b, _ in spec.many_to_many)):
            continue
        whole = next((k for k, e in spec.entities.items() if k != key and tuple(e.words) == tuple(words[:-1])), None)
        if whole is not None and not any({r.source, r.target} == {key, whole} for r in spec.relations) and \
                not any({a, b} == {key, whole} for a, b, _ in spec.many_to_many):
            spec.relations.append(Relation(key, whole))


def split_act_compounds(spec):
    """'a system to manage conference room bookings', 'track car rentals': in a text that names at most two
    things, an act (WordNet's occurrence: booking, rental, loan) named after a made thing or a place (room,
    car) is the act on that thing — a table of the things and one of the acts referring to them (and says
    so)."""
    if len(spec.entities) > 2:
        return
    for key, entity in list(spec.entities.items()):
        thing_words, act = entity.words[:-1], entity.words[-1]
        if not thing_words or act not in lexicon.occurrence_nouns() or act in w.WHEN_FIELDS or \
                act in lexicon.measure_nouns() or thing_words[-1] not in lexicon.thing_nouns() \
                or thing_words[-1] in lexicon.measure_nouns() or thing_words[-1] in lexicon.kind_nouns() or \
                act in spec.entities or w.snake(thing_words) in spec.entities or \
                any(r.source == key or r.target == key for r in spec.relations):
            continue
        thing, said = w.snake(thing_words), " ".join(entity.words)
        spec.entities[thing] = Entity(thing, tuple(thing_words), len(spec.entities))
        spec.entities[act] = spec.entities.pop(key)
        entity.key, entity.words = act, (act,)
        spec.relations.append(Relation(act, thing))
        spec.assumptions.append(f"{w.plural(said)} are {w.plural(act)} of {w.plural(' '.join(thing_words))}: "
                                f"a table of each, each {act} refers to one {' '.join(thing_words)}")


def relate_listed_acts(spec):
    """'owners, dogs, walkers and the walks they do', 'vehicles, drivers, trips': an act or event
    (WordNet: noun.act, noun.event) the text lists but relates to nothing refers
    to each thing listed before it that is no act itself (and says so); so does a record listed one at a
    time ('…, and every find with the spot') or that recurs ('weekly water tests'), but only to the first of
    things tied together ('my tanks, the fish in each tank': the tank). After relate_listed: the usual
    relations win."""
    if not spec.listed:
        return
    pairs = {frozenset((r.source, r.target)) for r in spec.relations} | \
        {frozenset((a, b)) for a, b, _ in spec.many_to_many}
    acts = lexicon.act_nouns() - lexicon.kind_nouns()   # (a subject or a song, WordNet's noun.communication,
    money = lexicon.money_nouns()                      # is what a lesson or a gig is about, no act of its own)
    shared = {frozenset((a, b)) for a, b, _ in spec.many_to_many}
    for keys in spec.listed:
        keys = tuple(key for key in keys if key in spec.entities)   # (a listed thing a later reading renamed or
        for n, key in enumerate(keys):                              # merged is no longer listed)
            paid = spec.entities[key].words[-1] in money
            logged = key in spec.logged or key in spec.periods    # ("every find with …", "weekly water tests")
            if not _listed_act(spec.entities[key].words, acts) and not paid and not logged or \
                    any(frozenset((key, other)) in pairs for other in keys if other != key) \
                    or any(key in pair and len(pair) == 2 and not (pair - {key}) <= set(keys) and
                           not lexicon.holds_people(next(iter(pair - {key}))) for pair in pairs):
                continue                               # (related to one listed, or to a thing besides its doer)
            people = [k for k in keys[:n] if lexicon.holds_people(k)]
            for other in keys[:n]:
                if paid and other not in people[:1]:
                    continue                           # (a payment is only the payer's)
                tied = pairs if logged and not _listed_act(spec.entities[key].words, acts) else shared
                if any(frozenset((other, first)) in tied for first in keys[:keys.index(other)]):
                    continue                           # (of the first things only: "my students, the songs each
                    #                                    student is learning, and every lesson with …", "my tanks,
                    #                                    the fish in each tank, and weekly water tests")
                if not _listed_act(spec.entities[other].words, acts) and \
                        not any(r.source == key and other in (r.target, r.role) for r in spec.relations):
                    _guess(spec, key, other)
        _owned_listed(spec, keys, acts | money)
        _idle_people(spec, keys, acts | money)


def _listed_act(words, acts):
    """Is a listed thing an act: its noun one ('walks'), or an occurrence named after one ('purchase orders',
    'work orders': 'order' alone is first a command, WordNet's noun.communication)?"""
    return words[-1] in acts or len(words) > 1 and words[-2] in acts and words[-1] in lexicon.occurrence_nouns()


def _owned_listed(spec, keys, acts):
    """'pets, owners, visits': listed owners own the first listed thing that is no act and refers to no one
    (what an owner is, WordNet: 'a person who owns something'), whatever else refers to them."""
    for owner in (k for k in keys if k.split("_")[-1] == "owner"):
        if any(r.target == owner and not _listed_act(spec.entities[r.source].words, acts) for r in spec.relations):
            continue
        thing = next((k for k in keys if not lexicon.holds_people(k) and not _listed_act(spec.entities[k].words, acts)
                      and not any(r.source == k and lexicon.holds_people(r.target) for r in spec.relations)), None)
        if thing is not None:
            _guess(spec, thing, owner)


def _idle_people(spec, keys, acts):
    """'students, teachers, classes by style, term enrollments': people listed after the first kind that
    nothing relates to (the teachers) are those of the first listed thing that is no act and refers to no
    people (the classes)."""
    for person in [k for k in keys if lexicon.holds_people(k)][1:]:      # (the first are whom the app serves)
        if any(person in (r.source, r.target) for r in spec.relations) or \
                any(person in (a, b) for a, b, _ in spec.many_to_many):
            continue
        thing = next((k for k in keys if not lexicon.holds_people(k) and spec.entities[k].words[-1] not in acts
                      and not any(r.source == k and lexicon.holds_people(r.target) for r in spec.relations)), None)
        if thing is not None and not any(r.source == thing and person in (r.target, r.role) for r in spec.relations):
            _guess(spec, thing, person)


def _guess(spec, source, target):
    """A reference guessed from a list, said in the header."""
    spec.relations.append(Relation(source, target))
    spec.assumptions.append(f"each {source.replace('_', ' ')} refers to a {target.replace('_', ' ')} "
                            "(listed together; the text did not say how they relate)")


NAMING = frozenset("name title label code number full_name first_name username handle subject".split())


# the dates of a thing lent ("members borrow tools"), not money's amount
LENT = ("borrowed_on", "due_on", "returned_on")


def _by_kind(noun):
    """Obvious attributes from what WordNet says a noun is: a person has a name and an email, money
    that changes hands an amount and a date, a thing that is neither a person nor an occurrence (an
    act, a message, an event) has a name."""
    if noun in lexicon.person_nouns():
        return PERSON
    if noun in lexicon.money_nouns():
        return ("amount", "date")                # an expense, an income, a fee: money on a day
    if noun in lexicon.act_nouns():
        return ()
    return ("name",)


# how often a record recurs -> the field that says which period it is for ("a monthly budget": month)
PERIOD_FIELDS = {"monthly": "month", "weekly": "week", "daily": "day", "yearly": "year", "annual": "year",
                 "quarterly": "quarter"}


def fill_defaults(spec):
    """Entities the text gave no attributes get their obvious ones (and say so); a record the text
    says recurs ('a monthly budget') gets the period it is for."""
    _fill_defaults(spec)
    for key, period in spec.periods.items():
        entity = spec.entities[key]
        name = PERIOD_FIELDS.get(period)
        if name and not entity.stated and not {name, f"{name}_start", "period"} & set(entity.attributes) and \
                not (name == "day" and "date" in entity.attributes):   # ("daily sales: date, …": the day said)
            if entity.words[-1] in lexicon.money_nouns():
                entity.attributes.pop("date", None)      # the period says when: no date of its own
            entity.attribute(name).hint = "date"
            spec.assumptions.append(f"{key} has the {name} it is for ({period})")


def _fill_defaults(spec):
    for entity in spec.entities.values():
        if entity.stated:
            continue                                 # a column list or a schema says all there is
        ends = {r.target for r in spec.relations if r.source == entity.key}
        pair = any(entity.key == f"{a}_{b}" for a in ends for b in ends if a != b)
        if entity.attributes:
            if not NAMING & set(entity.attributes) and entity.words[-1] not in lexicon.occurrence_nouns() and \
                    "name" not in spec.not_kept and not pair and \
                    (lexicon.holds_people(entity.key) or not any(r.source == entity.key for r in spec.relations)):
                entity.attribute("name")             # a kept thing is called something, a person always (not the
                spec.assumptions.append(f"{entity.key} has a name")   # pair of a pick and a volunteer)
            continue
        if pair:
            continue                                 # the pair of two things (volunteer_events): no event of its own
        defaults = ATTRIBUTES.get(entity.words[-1]) or ATTRIBUTES.get(entity.key) or _by_kind(entity.words[-1])
        if entity.words[-1] in LENT_ACTS and (len(ends) >= 2 or defaults == PERSON):
            defaults = LENT                          # a loan of a thing to a person: when it went, is due, came back
            #                                          (a hire is no person, whatever WordNet files it as)
        if defaults in (("name",), PERSON) and len(ends) >= 2 and (entity.words[-1] in INTERACTIONS.values() or all(
                r.owned for r in spec.relations if r.source == entity.key)):
            continue                                 # the act between two (a follow, a favourite): nothing is called
            #                                          anything (and no act is a person, whatever WordNet files it as)
        if entity.words[-1] in _ADMISSIONS and any(r.source == entity.key and spec.entities[r.target].words[-1] in
                                                   lexicon.occurrence_nouns() for r in spec.relations):
            defaults = ("price",)                    # a ticket for a performance, not a support ticket
        if not defaults and not any(entity.key == r.source for r in spec.relations):
            defaults = ("name",)                     # a record that refers to nothing is at least called something
        if not defaults:
            continue
        for item in defaults:
            attr = entity.attribute(item.rstrip("!"))
            attr.unique = item.endswith("!")
        spec.assumptions.append(f"{entity.key} has the usual " + ", ".join(x.rstrip("!") for x in defaults))


def _modifiers(words):
    """The nouns an application's name is made of that name things ('support ticket system': the tickets — a
    compound's last word is its head, an act before it only says which kind; 'dog daycare booking system':
    the dogs and the bookings; 'real estate listings site': the listings; 'habit tracker': the habits)."""
    written, words = words, [w.singular(x) for x in words]
    merged = []
    for x in words:                                  # (WordNet's two-word nouns stay one: "real estate")
        if merged and lexicon.compound_noun(merged[-1], x):
            merged[-1] = f"{merged[-1]} {x}"
        else:
            merged.append(x)
    while merged and merged[-1] in GENERIC_HEADS:   # ("a marina berth management system": berths)
        merged.pop()
        written = written[:-1]
    if not merged:
        return ()
    things = [x for x in merged[:-1] if x in lexicon.handed_nouns() and not x.endswith("ing")]
    last = merged[-1]
    counted = not last.endswith("ing") or w.is_plural(written[-1])   # ("listings": records; "sharing": the app's act)
    return tuple(things) + ((last,) if " " not in last and last not in GENERIC_HEADS and counted and
                            lexicon.filed_noun(last) else ())


def named_nouns(description):
    """For a request that names no things outright ('a recipe sharing site', 'a system for a dentist
    office'): the nouns it does use that WordNet files as a person, a made thing, a place, an act or
    a record (the first phrase's head names the kind of application, not a thing in it), as a
    sentence the extractor reads, and their plurals; or None. People who share or talk ('a recipe
    sharing site') are the app's users, each thing added by one of them."""
    kinds = lexicon.handed_nouns() | lexicon.occurrence_nouns()
    nouns, act, acts, served = [], None, [], []
    for n, s in enumerate(tx.sentences(description)):
        for p in s.phrases:
            shared = n == 0 and s.words[p.end:p.end + 1] == ["and"] and (q := s.next_phrase(p.end + 1)) is not None \
                and q.start == p.end + 1 and q.head in GENERIC_HEADS   # ("a membership and donations database":
            #                                                            both name what the database keeps)
            business = n == 0 and (p is s.phrases[0] or s.words[p.start - 2:p.start - 1] == ["for"] or
                                   p.head in GENERIC_HEADS and s.words[p.start - 1:p.start] == ["and"])
            named = _modifiers(p.words if shared else p.words[:-1]) if shared or business and (
                p.head in GENERIC_HEADS or lexicon.filed_noun(p.head)) else ()   # (not "template named": no app)
            words = p.lemma[:-1] + named if business or shared else p.lemma[-1:]   # (the app or whom it is for, "a
            #                        system for a dentist office": its modifiers; else the head: "custom cake orders"
            #                        are orders)
            for word in words:
                served_by = n == 0 and p.plural and s.words[p.start - 1:p.start] == ["for"] and word == p.head
                if ((word in kinds or served_by and word in lexicon.group_nouns()) and   # ("for delivery vans")
                        not word.endswith("ing") and (not (business or shared) or not named or
                                                                    word in named) or
                        word in named) and word not in GENERIC_HEADS and word not in nouns:
                    nouns.append(word)
                    if business and word in lexicon.act_nouns():
                        acts.append(word)          # ("a fleet maintenance tracker": the maintenance records)
                    elif served_by:
                        served.append(word)        # (… "for delivery vans": what each is for)
                elif word in GENERIC_HEADS and not business and len(p.lemma) > 1 and \
                        lexicon.compound_noun(*p.lemma[-2:]) and " ".join(p.lemma[-2:]) not in nouns:
                    nouns.append(" ".join(p.lemma[-2:]))    # ("which board games my friends own": WordNet's)
        act = act or next((lexicon.verb_lemma(x) for x in s.words if x.endswith("ing") and lexicon.verb_class(
            lexicon.verb_lemma(x) or "") in ("communication", "possession", "stative")), None)
    if not nouns:
        return None
    plurals = [w.plural(x) for x in nouns[:6]]
    listed = ", ".join(plurals[:-1]) + " and " + plurals[-1] if len(plurals) > 1 else plurals[0]
    if act and not any(x in lexicon.person_nouns() for x in nouns):  # "a recipe sharing site": users
        owned = " ".join(f"Each {x} belongs to a user." for x in nouns[:6])   # share the recipes they add
        return f"We track users and {listed}. {owned}", ["users"] + plurals
    each = "".join(f" Each {x} is for one {served[0]}." for x in acts if x in nouns[:6]) if len(served) == 1 and \
        served[0] in nouns[:6] else ""
    return f"We track {listed}.{each}", plurals
