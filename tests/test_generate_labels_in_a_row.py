"""Readings the generator got wrong in layouts of my own (docs/nl-dev-split.md, stop 48, round 12), each tested
with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def test_labels_in_a_row(dbs):
    """'Users: email. Posts: title. Comments: post, author, text.': a plural label after another in the same
    paragraph names a thing even when none of its fields is a usual field word (the comments had been lost)."""
    schema, tables = design("Members: email. Threads: title. Replies: thread, author, text.")
    assert ("thread_id", "threads") in references(tables["replies"])
    applies(dbs, schema, tables)


def test_a_labels_first_field_that_could_be_a_verb(dbs):
    """'## Comments' over '- post', '- author': the list reads 'Comments: post; …', and 'post' after the
    label's colon is a field, no verb (the comments' reference to their post had been lost)."""
    schema, tables = design("## Authors\n- name\n\n## Books\n- title\n- author\n\n## Reviews\n- book\n- rating")
    assert ("book_id", "books") in references(tables["reviews"])
    applies(dbs, schema, tables)
