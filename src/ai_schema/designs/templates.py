"""Schema templates: a domain's usual design, customisable, built by the same generator.

Most templates are descriptions in the plain English the offline generator reads, so they get
every best practice (keys, FK indexes, checks, timestamps, triggers) and every option. The
financial ledger also carries hand-written DDL for what a description cannot say: a deferred
constraint trigger that refuses any transaction whose debits and credits differ.
"""

from dataclasses import dataclass, field

from ..errors import AiSchemaError, UNDEFINED_OBJECT
from ..generate import pipeline as generator
from ..options import json_object

def ledger_entries(schema):
    """The entries table of the ledger and the deferred constraint trigger that makes every
    transaction balance (debits = credits) at commit, typed after the generated keys."""
    tables = {t.name: t for t in schema.tables}
    key_type = {n: tables[n].column("id").type for n in ("accounts", "journal_transactions")}
    return f"""
CREATE TABLE journal_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journal_transaction_id {key_type["journal_transactions"]} NOT NULL
        REFERENCES journal_transactions (id) ON DELETE CASCADE,
    account_id {key_type["accounts"]} NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    debit numeric(18,2) NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit numeric(18,2) NOT NULL DEFAULT 0 CHECK (credit >= 0),
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT journal_entries_one_side_check CHECK ((debit = 0) <> (credit = 0))
);
CREATE INDEX journal_entries_journal_transaction_id_idx ON journal_entries (journal_transaction_id);
CREATE INDEX journal_entries_account_id_idx ON journal_entries (account_id);

CREATE FUNCTION journal_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tx {key_type["journal_transactions"]};
    unbalanced numeric;
BEGIN
    IF TG_OP = 'DELETE' THEN
        tx := OLD.journal_transaction_id;
    ELSE
        tx := NEW.journal_transaction_id;
    END IF;
    EXECUTE format('SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM %I.%I '
                   'WHERE journal_transaction_id = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME)
       INTO unbalanced USING tx;
    IF unbalanced <> 0 THEN
        RAISE EXCEPTION 'journal transaction % does not balance (debits - credits = %)', tx, unbalanced
            USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT OR UPDATE OR DELETE ON journal_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_transaction_balances();
"""


RBAC = ("Roles have a name (unique) and a description. Permissions have a code (unique) and a description. "
        "Roles have many permissions and permissions belong to many roles. Users have many roles and roles have "
        "many users.")


@dataclass(frozen=True)
class Template:
    name: str
    description: str                 # what it is for (shown in ai_schema_templates)
    text: str                        # what the generator reads
    options: dict = field(default_factory=dict)
    extra: object = None             # model -> DDL appended after the generated schema


TEMPLATES = {t.name: t for t in (
    Template("saas_multitenancy", "Multi-tenant SaaS: tenants, users, plans, subscriptions, invoices, API keys",
             "A multi-tenant SaaS application. Tenants have a name and a subdomain (unique). Users belong to a "
             "tenant and have an email (unique), a name and a role (owner, admin, member). Plans have a name "
             "(unique), a monthly price and a seat limit. Subscriptions belong to a tenant. Subscriptions belong to a plan. Subscriptions have a "
             "status (trialing, active, past due, canceled), a start date and an end date. Invoices belong to a "
             "subscription and have an amount, a due date and a status (open, paid, void). API keys belong to a "
             "tenant and have a name, a key hash (unique) and an expiry date."),
    Template("ecommerce", "Online store: customers, products, categories, orders, order items, payments, reviews",
             "An online store. Customers have an email (unique), a name and a phone. Categories have a name "
             "(unique). Products belong to a category and have a sku (unique), a name, a price and a stock "
             "quantity. Orders belong to a customer and have a status (pending, paid, shipped, delivered, "
             "canceled) and a total. Order items belong to an order. Order items belong to a product. Order items have a quantity and a unit "
             "price. Payments belong to an order and have an amount, a method (card, bank transfer, wallet) and a "
             "paid at time. Reviews belong to a product. Reviews belong to a customer. Reviews have a rating from 1 to 5 and a "
             "comment."),
    Template("cms", "Content management: authors, articles, sections, tags, media, revisions",
             "A content management system. Authors have a name, an email (unique) and a bio. Sections have a "
             "name and a slug (unique). Articles belong to an author. Articles belong to a section. Articles have a title, a slug "
             "(unique), a body, a status (draft, review, published, archived) and a published at time. Articles "
             "have many tags and tags belong to many articles. Tags have a name (unique). Media files belong to an article and have a url, a mime "
             "type and a size in bytes. Revisions belong to an article and have a body and a note."),
    Template("crm", "Customer relationships: companies, contacts, deals, activities, pipelines",
             "A CRM. Companies have a name, a domain (unique) and an industry. Contacts belong to a company and "
             "have a name, an email (unique) and a phone. Sales reps have a name and an email (unique). Deals "
             "belong to a company. Deals belong to a sales rep. Deals have a title, an amount, a stage (lead, "
             "qualified, proposal, "
             "won, lost) and an expected close date. Activities belong to a deal. Activities belong to a contact. Activities have a kind "
             "(call, email, meeting), a note and a happened at time."),
    Template("iot", "Internet of things: sites, devices, sensors, readings (partitioned by time), alerts",
             "An IoT platform. Sites have a name and an address. Devices belong to a site and have a serial "
             "number (unique), a model and a status (online, offline, retired). Sensors belong to a device and "
             "have a kind (temperature, humidity, pressure) and a unit. Readings belong to a sensor and have a "
             "value and a recorded at time. Alerts belong to a sensor and have a severity (info, warning, "
             "critical), a message and a resolved at time.", {"enable_partitioning": True}),
    Template("social_network", "Social network: users, posts, comments, likes, follows, messages",
             "A social network. Users have a username (unique), an email (unique) and a bio. Posts belong to a "
             "user and have a body. Comments belong to a post. Comments belong to a user. Comments have a body. Users like posts. "
             "Users follow other users. Messages have a sender user, a recipient user, a body and a read at "
             "time."),
    Template("financial_ledger", "Double-entry ledger: accounts, journal transactions and entries; every "
             "transaction balances (a deferred constraint trigger checks debits = credits at commit)",
             "A double-entry bookkeeping ledger. Accounts have a code (unique), a name and a kind (asset, "
             "liability, equity, income, expense). Journal transactions have a description and a posting date.",
             {"plural_tables": True}, ledger_entries),
    Template("healthcare_emr", "Electronic medical records: patients, providers, encounters, diagnoses, "
             "prescriptions, allergies",
             "An electronic medical record system. Patients have a medical record number (unique), a name, a "
             "date of birth and a sex (female, male, other, unknown). Providers have a name, a license number "
             "(unique) and a specialty. Encounters belong to a patient. Encounters belong to a provider. Encounters have a kind (visit, "
             "admission, telehealth) and a started at time. Diagnoses belong to an encounter and have an icd10 "
             "code and a note. Prescriptions belong to an encounter and have a drug name, a dose and a "
             "frequency. Allergies belong to a patient and have a substance and a severity (mild, moderate, "
             "severe). Track changes to the records.", {"audit": True}),
)}

CUSTOMIZATIONS = ("business_entities", "enable_audit", "enable_rbac")


def rows():
    """The built-in rows of ai_schema_templates."""
    return [{"name": t.name, "description": t.description,
             "parameters": {"customizations": {"business_entities": "array of sentences, e.g. 'Coupons have a "
                                                                    "code (unique) and a discount.'",
                                               "enable_audit": "boolean", "enable_rbac": "boolean",
                                               "platform": "postgresql | mysql | sqlite | snowflake | citus",
                                               "...": "every ai_generate_schema option (id_style, soft_delete, "
                                                      "output, save_as, …)"},
                            "defaults": t.options}}
            for t in TEMPLATES.values()]


def generate(name, customizations=None):
    """(text, platform, options, description) of a template with customizations applied."""
    template = TEMPLATES.get((name or "").strip())
    if template is None:
        raise AiSchemaError(f'no template named "{str(name)[:63]}"', sqlstate=UNDEFINED_OBJECT,
                            hint="Templates: " + ", ".join(sorted(TEMPLATES)) + ".")
    custom = json_object(customizations, '{"enable_audit": true}')
    text = template.text
    entities = custom.get("business_entities") or []
    if not isinstance(entities, list) or not all(isinstance(e, str) for e in entities):
        raise AiSchemaError("business_entities must be an array of sentences",
                            hint="For example [\"Coupons have a code (unique) and a discount.\"].")
    for sentence in entities:
        text += " " + sentence.strip().rstrip(".") + "."
    for flag in ("enable_audit", "enable_rbac"):
        if flag in custom and not isinstance(custom[flag], bool):
            raise AiSchemaError(f"{flag} must be true or false")
    if custom.get("enable_rbac"):
        text += " " + RBAC
    options = {**{k: v for k, v in custom.items() if k not in CUSTOMIZATIONS + ("platform",)}, **template.options}
    if custom.get("enable_audit"):
        options["audit"] = True
    platform = generator.check_platform(custom.get("platform"))
    return text, platform, generator.check_options(options), template.extra
