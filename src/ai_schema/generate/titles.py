"""A title over written tables is no table: 'Parcel lockers - tables', 'Boarding kennels - proposed schema',
'Types from our backend (TypeScript) - we need the Postgres tables:' name what follows, and read as English
they had become a table of their own (with the usual name) beside the tables the text writes out."""

from . import text as tx


def titles(ex):
    """Where the text writes its tables out, the things named only in a first line that names what follows
    ('Parcel lockers - tables', 'Types from our backend (TypeScript) - we need the Postgres tables:'), with
    nothing of their own and that nothing refers to: a title, not a table (the header says so)."""
    spec, first = ex.spec, ex.sentences[0] if ex.sentences else None
    if first is None or not (first.words[-1:] == [":"] or all(g != tx.VERB or tx.participle_like(x)
                                                               for x, g in zip(first.words, first.tags))):
        return []
    targets = {r.target for r in spec.relations} | {x for a, b, _ in spec.many_to_many for x in (a, b)}
    later = {ex.entity_of(p)[0] for s in ex.sentences[1:] for p in s.phrases}
    return [k for k, e in spec.entities.items() if not e.stated and not e.attributes and k not in targets and
            k not in later and not any(r.source == k and r.target == k for r in spec.relations)]


def dropped(spec, keys):
    """The spec without the title things (keys), each said in the header."""
    for key in keys:
        del spec.entities[key]
        spec.relations = [r for r in spec.relations if key not in (r.source, r.target)]
        spec.many_to_many = [x for x in spec.many_to_many if key not in x[:2]]
        spec.listed = [x for x in spec.listed if key not in x]
        spec.assumptions = [x for x in spec.assumptions if not x.startswith(f"{key} has ")]
        spec.assumptions.append(f"'{key.replace('_', ' ')}' is a title: the text writes its tables out")
    return spec
