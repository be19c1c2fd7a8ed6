"""One LLM request, made inside the SECURITY DEFINER function that can read the keys.

The key is looked up here and never leaves: it is sent only to the endpoint it was stored
for (the environment's OPENAI_API_KEY only to OPENAI_BASE_URL or OpenAI's own endpoint),
and scrubbed from every error text. Answers that validate are cached; every request is
logged with its tokens, latency and outcome. 429 and 5xx are retried with backoff, a
bounded number of times; timeouts and connection errors are not.
"""

import hashlib
import json
import os
import time

from ..ddl.naming import quote_ident
from . import answer

PROMPT_VERSION = "schema-v1"
DEFAULT_ENDPOINTS = {"openai": "https://api.openai.com/v1", "ollama": "http://127.0.0.1:11434/v1"}
RETRIES = 2
BACKOFF_SECONDS = 0.25
MAX_RETRY_AFTER = 2.0


def cache_key(request):
    text = json.dumps([request["provider"], request["model"], PROMPT_VERSION, request["messages"]], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _api_key(executor, ext, provider, endpoint):
    rows = executor.query(f"SELECT endpoint, api_key FROM {ext}.ai_schema_llm_keys WHERE provider = %s", (provider,))
    if rows and (rows[0]["endpoint"] or DEFAULT_ENDPOINTS[provider]).rstrip("/") == endpoint.rstrip("/"):
        return rows[0]["api_key"]
    env_endpoint = os.environ.get("OPENAI_BASE_URL") or DEFAULT_ENDPOINTS["openai"]
    if provider == "openai" and os.environ.get("OPENAI_API_KEY") and env_endpoint.rstrip("/") == endpoint.rstrip("/"):
        return os.environ["OPENAI_API_KEY"]
    return None


_clients = {}


def _client(openai, key, endpoint, timeout_ms):
    """One client per endpoint, key and timeout for the backend's life: its connections are reused."""
    ident = (hashlib.sha256((key or "").encode()).hexdigest(), endpoint, timeout_ms)
    if ident not in _clients:
        if len(_clients) > 16:
            _clients.clear()
        _clients[ident] = openai.OpenAI(api_key=key or "no-key", base_url=endpoint, max_retries=0,
                                        timeout=timeout_ms / 1000.0)
    return _clients[ident]


def _scrub(text, key):
    text = str(text).split("\n")[0][:300]
    return text.replace(key, "[api key]") if key else text


def _retry_after(exc, attempt):
    header = getattr(getattr(exc, "response", None), "headers", {}).get("retry-after")
    try:
        return min(float(header), MAX_RETRY_AFTER)
    except (TypeError, ValueError):
        return BACKOFF_SECONDS * 2 ** attempt


def complete(executor, extschema, request, key=None):
    """{"ok", "content", "errors", "outcome", "cached", "latency_ms", "error"} for one request.
    Without an executor (the SDK, client-side) the key is the caller's and nothing is cached or logged."""
    import openai                                         # imported only when an LLM is used

    ext = quote_ident(extschema) if executor is not None else None
    provider, model, endpoint = request["provider"], request["model"], request["endpoint"]
    started = time.monotonic()
    ident = cache_key(request)
    if executor is not None and request.get("use_cache", True):
        rows = executor.query(f"SELECT response FROM {ext}.ai_schema_llm_cache WHERE cache_key = %s", (ident,))
        if rows:
            _log(executor, ext, request, "cached", 0, None, started, None)
            return {"ok": True, "content": rows[0]["response"], "errors": [], "outcome": "cached", "cached": True,
                    "latency_ms": 0, "error": None}
    if executor is not None:
        key = _api_key(executor, ext, provider, endpoint)
    client = _client(openai, key, endpoint, request["timeout_ms"])
    response_format = {"type": "json_schema", "json_schema": {"name": "schema_answer", "schema": answer.SCHEMA}} \
        if request.get("purpose") == "schema" else {"type": "json_object"}
    outcome, error, content, usage, attempt = "error", None, None, None, 0
    for attempt in range(RETRIES + 1):
        try:
            result = client.chat.completions.create(model=model, messages=request["messages"], temperature=0,
                                                    response_format=response_format)
            content = result.choices[0].message.content or ""
            usage = result.usage
            outcome, error = "ok", None
            break
        except openai.APITimeoutError:
            outcome, error = "timeout", f"no answer within {request['timeout_ms']} ms"
            break
        except openai.APIConnectionError as exc:
            outcome, error = "connection", _scrub(f"cannot reach {endpoint}: {exc}", key)
            break
        except openai.APIStatusError as exc:
            outcome, error = f"http_{exc.status_code}", _scrub(f"HTTP {exc.status_code}: {exc.message}", key)
            if exc.status_code == 429 or exc.status_code >= 500:
                if attempt < RETRIES:
                    time.sleep(_retry_after(exc, attempt))
                    continue
            break
        except Exception as exc:                          # anything else the client raises
            outcome, error = "error", _scrub(f"{type(exc).__name__}: {exc}", key)
            break
    if executor is not None:
        _log(executor, ext, request, outcome, attempt + 1, usage, started, error)
    latency = int((time.monotonic() - started) * 1000)
    if outcome != "ok":
        return {"ok": False, "content": None, "errors": [], "outcome": outcome, "cached": False,
                "latency_ms": latency, "error": error}
    errors = answer.validate(content)[1] if request.get("purpose") == "schema" else []
    if not errors and request.get("purpose") == "schema" and executor is not None:
        executor.query(f"INSERT INTO {ext}.ai_schema_llm_cache (cache_key, provider, model, prompt_version, response) "
                       "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (cache_key) DO NOTHING",
                       (ident, provider, model, PROMPT_VERSION, content))
    return {"ok": True, "content": content, "errors": errors, "outcome": "ok", "cached": False,
            "latency_ms": latency, "error": None}


def _log(executor, ext, request, outcome, attempts, usage, started, error):
    executor.query(
        f"INSERT INTO {ext}.ai_schema_llm_usage (provider, model, purpose, outcome, attempts, prompt_tokens, "
        "completion_tokens, latency_ms, error) VALUES (%s, %s, %s, %s, %s, %s::integer, %s::integer, %s, %s)",
        (request["provider"], request["model"], request.get("purpose") or "schema", outcome, attempts,
         getattr(usage, "prompt_tokens", None), getattr(usage, "completion_tokens", None),
         int((time.monotonic() - started) * 1000), error))
