"""Assemble ai_schema--<version>.sql from the template, the function list and the PL/Python bodies."""

import argparse
import json
import pathlib
import tomllib

import jinja2

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _arguments(spec):
    """'a text, b text DEFAULT x' -> [('a', 'text'), ('b', 'text')]."""
    result = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        words = part.split()
        result.append((words[0], words[1]))
    return result


def _passed(n, sql_type):
    """How argument $n reaches Python as text: arrays as JSON, the rest as their text form."""
    if sql_type == "text":
        return f"${n}"
    if sql_type.endswith("[]"):
        return f"to_jsonb(${n})::text"
    return f"${n}::text"


# Every released version, oldest first; each has its frozen install script in sql/released/ and
# an upgrade script from the one before it (sql/upgrades/<from>--<to>.sql.j2).
RELEASES = ["0.1.0", "0.2.0"]


def upgrade_steps(version):
    """(from, to) pairs up to version: the upgrade scripts a release ships."""
    upto = RELEASES[:RELEASES.index(version) + 1]
    return list(zip(upto, upto[1:]))


def build(version, libdir, template="ai_schema.sql.j2", plain=False):
    env = _environment()
    preamble = (ROOT / "plpython" / "preamble.py").read_text()

    def plpython(name):
        body = (ROOT / "plpython" / f"{name}.py").read_text()
        return env.from_string(preamble).render(version=version, libdir=libdir) + body

    functions = []
    for f in tomllib.loads((ROOT / "sql" / "functions.toml").read_text())["function"]:
        args = _arguments(f["args"])
        functions.append({
            **f,
            # positional: an argument named like a SQL function (current_schema) would be shadowed
            "pass": ", ".join(_passed(n, t) for n, (_, t) in enumerate(args, 1)),
            "argtypes": ", ".join(t for _, t in args),
            "cast": "" if f["returns"] == "text" else f"::{f['returns']}",
            "columns": f.get("columns", ""),
            "comment": "'" + f["comment"].replace("'", "''") + "'",
        })
    from ai_schema.designs.templates import rows
    templates = [{"name": _literal(t["name"]), "description": _literal(t["description"]),
                  "parameters": _literal(json.dumps(t["parameters"], sort_keys=True))} for t in rows()]
    return env.get_template(template).render(
        version=version, libdir=libdir, functions=functions, plpython=plpython, templates=templates, plain=plain)


def upgrade(old, version, libdir, plain=False):
    """ai_schema--<old>--<version>.sql; plain: the same table changes for the command's bootstrap."""
    return build(version, libdir, f"upgrades/{old}--{version}.sql.j2", plain)


def bootstrap(version):
    """The tables without the extension, for the ai-schema command (src/ai_schema/bootstrap.sql)."""
    return _environment().get_template("bootstrap.sql.j2").render(plain=True, version=version)


def _environment():
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "sql")), keep_trailing_newline=True,
                              undefined=jinja2.StrictUndefined)


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--version", required=True)
    parser.add_argument("--libdir", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--bootstrap-output", help="also write the plain-SQL bootstrap here")
    opts = parser.parse_args()
    output = pathlib.Path(opts.output)
    output.write_text(build(opts.version, opts.libdir))
    for old, new in upgrade_steps(opts.version):
        (output.parent / f"ai_schema--{old}--{new}.sql").write_text(upgrade(old, new, opts.libdir))
    if opts.bootstrap_output:
        target = pathlib.Path(opts.bootstrap_output)
        target.write_text(bootstrap(opts.version))
        for old, new in upgrade_steps(opts.version):
            (target.parent / f"bootstrap--{old}--{new}.sql").write_text(upgrade(old, new, opts.libdir, plain=True))
