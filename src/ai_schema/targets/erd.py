"""Entity-relationship diagrams of a schema model: Mermaid erDiagram, Graphviz DOT, and the DOT drawn
as an image (SVG, PNG, PDF) for a person to look at instead of reading DDL."""

import pathlib
import re

from ..errors import AiSchemaError, INVALID_PARAMETER

DRAWINGS = ("svg", "png", "pdf")


def _mermaid_type(type_name):
    return re.sub(r"[^A-Za-z0-9_]", "_", type_name.split("(")[0].replace(" ", "_"))


def mermaid(schema):
    """A Mermaid ``erDiagram``: tables with their columns, and one line per foreign key."""
    lines = ["erDiagram"]
    for table in schema.tables:
        pk = set(table.primary_key.columns) if table.primary_key else set()
        fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
        unique = {k.columns[0] for k in table.uniques if len(k.columns) == 1}
        lines.append(f"    {table.name} {{")
        for col in table.columns:
            keys = [k for k, on in (("PK", col.name in pk), ("FK", col.name in fk_cols),
                                    ("UK", col.name in unique)) if on]
            lines.append(f"        {_mermaid_type(col.type)} {col.name}" + (f" {','.join(keys)}" if keys else ""))
        lines.append("    }")
    for table in schema.tables:
        cols = {c.name: c for c in table.columns}
        for fk in table.foreign_keys:
            optional = any(cols[c].nullable for c in fk.columns if c in cols)
            one = "|o" if optional else "||"
            lines.append(f"    {fk.ref_table.name} {one}--o{{ {table.name} : \"{fk.columns[0]}\"")
    return "\n".join(lines) + "\n"


def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _dot_id(name):
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(schema):
    """A Graphviz digraph: one HTML-table node per table, one edge per foreign key."""
    lines = ["digraph schema {", "    rankdir=LR;", '    node [shape=plaintext, fontname="Helvetica"];']
    for table in schema.tables:
        pk = set(table.primary_key.columns) if table.primary_key else set()
        rows = [f'<tr><td bgcolor="lightgrey" colspan="2"><b>{_html(table.name)}</b></td></tr>']
        for col in table.columns:
            name = f"<u>{_html(col.name)}</u>" if col.name in pk else _html(col.name)
            rows.append(f'<tr><td align="left" port="{_html(col.name)}.in">{name}</td>'
                        f'<td align="left" port="{_html(col.name)}.out">{_html(col.type)}</td></tr>')
        label = '<table border="0" cellborder="1" cellspacing="0">' + "".join(rows) + "</table>"
        lines.append(f"    {_dot_id(table.name)} [label=<{label}>];")
    for table in schema.tables:
        for fk in table.foreign_keys:
            lines.append(f"    {_dot_id(table.name)}:{_dot_id(fk.columns[0] + '.out')}:e -> "
                         f"{_dot_id(fk.ref_table.name)}:{_dot_id(fk.ref_columns[0] + '.in')}:w "
                         f"[label={_dot_id(', '.join(fk.columns))}];")      # from the column to the key it names
    return "\n".join(lines + ["}"]) + "\n"


def draw(schema, path):
    """Write the schema's diagram to path, in the format its suffix names (.svg, .png, .pdf), with
    Graphviz (the python-graphviz package and the dot program); the path written."""
    path = pathlib.Path(path)
    fmt = path.suffix[1:].lower()
    if fmt not in DRAWINGS:
        raise AiSchemaError(f"cannot draw a diagram as {path.suffix or 'a file without a suffix'}",
                            sqlstate=INVALID_PARAMETER, hint="Name the file .svg, .png or .pdf.")
    import graphviz
    try:
        image = graphviz.Source(dot(schema)).pipe(format=fmt)
    except graphviz.ExecutableNotFound:
        raise AiSchemaError("Graphviz's dot program is not installed", sqlstate="58P01",
                            hint="Install Graphviz (apt-get install graphviz), or write --output dot text.") from None
    path.write_bytes(image)
    return path
