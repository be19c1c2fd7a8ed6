"""A Markdown data dictionary: one section per table with its columns, keys and indexes."""


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ") if text is not None else ""


def markdown(schema):
    out = ["# Data dictionary", ""]
    for enum in schema.enums:
        out.append(f"- enum `{enum.name}`: " + ", ".join(f"`{v}`" for v in enum.values))
    if schema.enums:
        out.append("")
    for table in schema.tables:
        out += [f"## {table.name}", ""]
        if table.comment:
            out += [table.comment, ""]
        pk = set(table.primary_key.columns) if table.primary_key else set()
        refs = {c: f"{fk.ref_table.name}.{fk.ref_columns[i]}" for fk in table.foreign_keys
                for i, c in enumerate(fk.columns)}
        out += ["| column | type | null | default | key | description |", "|---|---|---|---|---|---|"]
        for col in table.columns:
            key = "PK" if col.name in pk else (f"FK → {refs[col.name]}" if col.name in refs else "")
            default = "identity" if col.identity else col.default
            out.append(f"| {_cell(col.name)} | {_cell(col.type)} | {'yes' if col.nullable else 'no'} | "
                       f"{_cell(default)} | {_cell(key)} | {_cell(col.comment)} |")
        notes = [f"- unique ({', '.join(u.columns)})" for u in table.uniques]
        notes += [f"- check `{c.name}`: `{_cell(c.expression)}`" for c in table.checks]
        notes += [f"- index `{i.name}`{' (unique)' if i.unique else ''}: {', '.join(i.keys)}"
                  + (f" where `{i.where}`" if i.where else "") for i in table.indexes]
        out += [""] + notes + [""] if notes else [""]
    return "\n".join(out).rstrip() + "\n"
