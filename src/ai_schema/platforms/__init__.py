"""Where schemas go besides PostgreSQL DDL: files for other platforms (Supabase migrations, Kafka
Avro schemas and CDC topics, AWS Glue tables) and deployments through platforms' HTTP APIs (Neon,
PlanetScale). Secrets come only from the environment or a config file, and never reach the output."""

import json
import os
import pathlib

from ..errors import AiSchemaError

EXPORTS = ("supabase", "kafka", "glue")
DEPLOYS = ("neon", "planetscale")


def export(target, model, options, namespace=None):
    """{relative path: text} of one export; topics and tables of a live schema are named after it."""
    from . import glue, kafka, supabase
    modules = {"supabase": supabase, "kafka": kafka, "glue": glue}
    if target not in modules:
        raise AiSchemaError(f"unknown export {str(target)[:20]!r}", hint=", ".join(EXPORTS) + ".")
    options = dict(options or {})
    if namespace:
        options.setdefault("schema", namespace)
    return modules[target].files(model, options)


def write(target, model, folder, options, namespace=None):
    """Write an export's files under folder; the paths written."""
    written = []
    for relative, text in sorted(export(target, model, options, namespace).items()):
        path = pathlib.Path(folder) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


def deploy(platform, model, options, progress=None):
    from . import neon, planetscale
    modules = {"neon": neon, "planetscale": planetscale}
    if platform not in modules:
        raise AiSchemaError(f"unknown platform {str(platform)[:20]!r}", hint=", ".join(DEPLOYS) + ".")
    return modules[platform].deploy(model, options or {}, progress or (lambda text: None))


def secret(name, options):
    """A secret from the environment, else from the JSON config file named by options' config_file
    (or AI_SCHEMA_CONFIG); never from options themselves, so it is not on a command line."""
    if name.lower() in {k.lower() for k in options}:
        raise AiSchemaError(f"{name} cannot be an option", hint=f"Set the environment variable {name}, or put it "
                            "in the config file (AI_SCHEMA_CONFIG, or the option config_file).")
    if os.environ.get(name):
        return os.environ[name]
    path = options.get("config_file") or os.environ.get("AI_SCHEMA_CONFIG")
    if path:
        try:
            value = json.loads(pathlib.Path(path).read_text()).get(name)
        except (OSError, ValueError) as exc:
            raise AiSchemaError(f"the config file cannot be read: {type(exc).__name__}",
                                hint="A JSON object of secrets, e.g. {\"NEON_API_KEY\": \"…\"}.") from None
        if value:
            return value
    raise AiSchemaError(f"{name} is not set", hint=f"Set the environment variable {name}, or put it in the config "
                                                  "file (AI_SCHEMA_CONFIG, or the option config_file).")


def scrub(text, *secrets):
    for value in secrets:
        if value:
            text = text.replace(value, "***")
    return text
