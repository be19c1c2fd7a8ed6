"""Notes and stories the generator misread (docs/nl-dev-split.md, stop 57, round 5: a thirteenth batch of
paraphrases — the language app as stories, the bill of materials as notes, the Q&A forum as a spec), each
construction tested with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_parts_a_thing_is_split_into(dbs):
    """'split each album into tracks with a title and a length': the tracks' fields (the album is what is
    split, not what the list describes)."""
    schema, tables = design("Albums have a title. We split each album into tracks with a title and a length.")
    assert "length" in _columns(tables, "tracks") and "length" not in _columns(tables, "albums")
    applies(dbs, schema, tables)


def test_an_arrow_list_whose_first_item_has_an_aside(dbs):
    """'machines -> serial no (unique), model, site': the machines' list, though its first item has a remark."""
    schema, tables = design("machines -> serial no (unique), model, site\nsites: name")
    assert {"serial_number", "model"} <= _columns(tables, "machines")
    applies(dbs, schema, tables)


def test_a_thing_in_one_or_more_others(dbs):
    """'A recipe can be in one or more collections': many of each (no collection of one recipe only)."""
    schema, tables = design("Recipes have a title. A recipe can be in one or more collections. Collections have a "
                            "name.")
    assert {("recipe_id", "recipes"), ("collection_id", "collections")} <= references(tables["collection_recipes"])
    assert "recipe_id" not in _columns(tables, "collections")
    applies(dbs, schema, tables)


def test_an_arrow_after_a_labels_thing(dbs):
    """'photos: every photo from a camera -> taken at, exposure, iso': the arrow opens the photo's list."""
    schema, tables = design("cameras: model\nphotos: every photo from a camera -> taken at, exposure, iso")
    assert {"taken_at", "exposure", "iso"} <= _columns(tables, "photos")
    applies(dbs, schema, tables)


def test_a_wish_for_every_thing_we_keep(dbs):
    """'As a planner I want every tool we own to have an asset tag and a location': the tools' fields, not the
    planner's (who is a table for another story)."""
    schema, tables = design("As a planner I want every tool we own to have an asset tag and a location.\n"
                            "As a planner I want to issue loans of a tool to a worker with a due date.")
    assert {"asset_tag", "location"} <= _columns(tables, "tools")
    assert "planners" not in tables or "asset_tag" not in _columns(tables, "planners")
    applies(dbs, schema, tables)
