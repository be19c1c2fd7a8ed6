"""Things saved to containers, and 'others' (docs/nl-dev-split.md, stop 54, round 8: from round 7's one-liners —
a recipe site), each tested with other texts than the one that showed it. Each design is applied on the
server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_what_is_saved_to_containers_is_paired_with_them(dbs):
    """'users pin photos to boards', 'listeners save episodes to queues': the containers are a table each
    saver has, paired with what is saved (the boards had been 'mentioned, not modelled', the queues lost)."""
    for text, thing, container, saver in (("Users pin photos to boards.", "photo", "board", "user"),
                                          ("Listeners save episodes to queues.", "episode", "queue", "listener")):
        schema, tables = design(text)
        assert (f"{saver}_id", f"{saver}s") in references(tables[f"{container}s"])
        assert any({(f"{thing}_id", f"{thing}s"), (f"{container}_id", f"{container}s")} <= set(references(t))
                   for t in tables.values())
        applies(dbs, schema, tables)


def test_others_are_no_table(dbs):
    """'authors write posts and others save them to collections': 'others' are other people (an 'others' table
    had been made), and 'them' are the posts."""
    schema, tables = design("a blog where authors write posts and others save them to collections")
    assert "others" not in tables
    assert any({("post_id", "posts"), ("collection_id", "collections")} <= set(references(t)) for t in tables.values())
    applies(dbs, schema, tables)
