"""An index's keys are canonical key text, quoted where a name needs quotes ('"authorId"'); the
rules that ask which columns an index backs read them as column names, so a schema written with
quoted names (Prisma's, a non-ASCII name) gets the same findings as one without."""

from ai_schema.ddl.naming import key_column
from ai_schema.lint import lint_text

PRISMA = '''
CREATE TABLE "User" ("id" BIGSERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" BIGSERIAL NOT NULL, "authorId" BIGINT NOT NULL, "title" TEXT NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id")
    ON DELETE RESTRICT ON UPDATE CASCADE;
'''


def _rules(text):
    return {(f.rule_id, f.object_name) for f in lint_text(text)}


def test_an_index_on_a_quoted_column_backs_its_foreign_key():
    found = _rules(PRISMA)
    assert not {r for r in found if r[0] == "foreign-key-without-index"}, found
    assert ("foreign-key-without-index", '"Post".Post_authorId_fkey') in _rules(
        PRISMA.replace('CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");', ""))


def test_a_non_ascii_column_is_backed_too():
    text = ('CREATE TABLE "händler" (id bigint PRIMARY KEY);\n'
            'CREATE TABLE artikel (id bigint PRIMARY KEY, "händler_id" bigint REFERENCES "händler" (id));\n'
            'CREATE INDEX artikel_h ON artikel ("händler_id");\n')
    assert not {r for r in _rules(text) if r[0] == "foreign-key-without-index"}


def test_an_index_repeating_a_quoted_key_is_a_duplicate():
    text = PRISMA + 'CREATE INDEX "Post_id_idx" ON "Post"("id");\n'
    assert ("duplicate-index", "Post_id_idx") in _rules(text)


def test_key_column_reads_a_quoted_name_and_leaves_expressions():
    assert key_column('"authorId"') == "authorId"
    assert key_column('"say ""hi"""') == 'say "hi"'
    assert key_column("email") == "email"
    assert key_column("lower(email)") == "lower(email)"
    assert key_column('"name" COLLATE "C"') == '"name" COLLATE "C"'
    assert key_column('"Name" DESC') == '"Name" DESC'
