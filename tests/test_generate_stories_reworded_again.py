"""User stories the generator misread when build cases' facts were said in other words (docs/nl-dev-split.md,
stop 57, round 1: the ninth batch of paraphrases — a museum and a translation agency as stories), each tested
with other texts than the ones that showed it. Each design is applied on the server."""

from test_generate_phrases import design, references
from test_generate_sentences import applies


def _columns(tables, name):
    return {c.name for c in tables[name].columns}


def test_a_possessive_after_a_second_wish(dbs):
    """'… link a recipe to its chefs and record each chef's name, …': the chef's fields, not the role's."""
    schema, tables = design("As an editor, I want to link a recipe to its chefs and record each chef's name, "
                            "home town and year of birth. Recipes have a title.")
    assert {"home_town", "year_of_birth"} <= _columns(tables, "chefs")
    assert "editors" not in tables or "home_town" not in _columns(tables, "editors")
    applies(dbs, schema, tables)


def test_a_wished_log_of_a_thing_of_another(dbs):
    """'I want every transfer of a patient logged: which ward, when it happened …': the transfers' list (a
    wish read as a passive, past 'of a patient', the story's role left alone)."""
    schema, tables = design("As a nurse, I want every transfer of a patient logged: the ward, the time it happened "
                            "and the porter. Wards have a name. Patients have a name.")
    assert {"ward_id", "porter"} <= _columns(tables, "transfers") or \
        {"ward", "porter"} <= _columns(tables, "transfers")
    assert "nurses" not in tables or "porter" not in _columns(tables, "nurses")
    applies(dbs, schema, tables)


def test_things_of_another_stored_with_fields(dbs):
    """'Appraisals of paintings are stored with a value and a currency': the appraisals are a table with
    those fields (not the paintings'), as 'every appraisal of a painting is …' is."""
    schema, tables = design("Paintings have a title. Appraisals of paintings are stored with a value and a currency.")
    assert {"value", "currency"} <= _columns(tables, "appraisals")
    assert "currency" not in _columns(tables, "paintings")
    applies(dbs, schema, tables)


def test_a_clause_after_a_colon_has_its_own_subject(dbs):
    """'record rentals (…): a rental covers one or more boats and has a start date …': the rental's fields,
    not the story role's; '(name, city)' after 'to other marinas' names the marinas'."""
    schema, tables = design("As a harbour master, I want to record rentals to other marinas (name, city): a rental "
                            "covers one or more boats and has a start date, an end date and a deposit.")
    assert {"start_date", "end_date", "deposit"} <= _columns(tables, "rentals")
    assert "city" in _columns(tables, "marinas") and "city" not in _columns(tables, "rentals")
    assert "harbour_masters" not in tables or "deposit" not in _columns(tables, "harbour_masters")
    applies(dbs, schema, tables)


def test_how_a_thing_came_to_be_is_an_act(dbs):
    """'record how each horse was purchased: the date, the price and the seller': a purchase of each horse,
    with those fields (WordNet names the verb's act)."""
    schema, tables = design("Horses have a name. We record how each horse was purchased: the date, the price and "
                            "the seller.")
    assert "purchases" in tables and {"price", "seller"} <= _columns(tables, "purchases")
    assert "price" not in _columns(tables, "horses")
    applies(dbs, schema, tables)


def test_a_relative_clause_after_a_kept_thing(dbs):
    """'log each claim a policyholder files with us …': each claim refers to its policyholder, with the
    fields after 'with'."""
    schema, tables = design("Policyholders have a name and a phone. We log each claim a policyholder files with a "
                            "claim number and an amount.")
    assert ("policyholder_id", "policyholders") in references(tables["claims"])
    assert {"claim_number", "amount"} <= _columns(tables, "claims")
    applies(dbs, schema, tables)


def test_roles_that_only_keep_records_are_no_tables(dbs):
    """Staff roles named only at the head of stories that only keep the organisation's records ('As a clerk,
    I want to keep our suppliers …') are who uses the app; a role whose stories speak of itself ('my shifts')
    stays."""
    schema, tables = design(
        "As a clerk, I want to keep our suppliers with their name and phone.\n"
        "As a clerk, I want to record each delivery a supplier sends us with a date and a weight.\n"
        "As a buyer, I want to register products with a name and a price.\n"
        "As a driver, I want to see my shifts with a start and an end time.")
    assert "clerks" not in tables and "buyers" not in tables
    assert ("supplier_id", "suppliers") in references(tables["deliveries"])
    assert "drivers" in tables
    applies(dbs, schema, tables)


def test_a_state_that_goes_through_values(dbs):
    """'a status that goes drafted, signed, filed': the status's values, not columns."""
    schema, tables = design("Contracts have a title and a status that goes drafted, signed, filed, archived.")
    assert "status" in _columns(tables, "contracts") and not {"signed", "filed"} & _columns(tables, "contracts")
    applies(dbs, schema, tables)
