"""Entity-relationship diagrams of a schema model (Mermaid erDiagram)."""

import re


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
