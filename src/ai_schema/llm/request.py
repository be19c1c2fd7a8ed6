"""One LLM request, made inside the SECURITY DEFINER function that can read the keys.

The key is looked up here and never leaves: it is sent only to the endpoint it was stored
for (the environment's OPENAI_API_KEY only to OPENAI_BASE_URL or OpenAI's own endpoint),
and scrubbed from every error text. Answers that validate are cached; every request is
logged with its tokens, latency and outcome. 429 and 5xx are retried with backoff, a
bounded number of times; timeouts and connection errors are not.

Any role allowed to call it could otherwise make the server POST anywhere, so in the server a
request goes only to an endpoint an administrator chose: one registered in
ai_schema_llm_endpoints, the endpoint a stored key is bound to, OPENAI_BASE_URL of the server's
environment, or OpenAI's public endpoint. The wait is bounded (at most MAX_TIMEOUT_MS and the
statement_timeout left) and interruptible: the request runs in a thread while the backend
checks for cancellation between short waits.
"""

import hashlib
import json
import os
import threading
import time

from ..ddl.naming import quote_ident
from . import answer

PROMPT_VERSION = "schema-v1"
# The providers' documented public endpoints: a key stored without an endpoint goes only there
# (Ollama has none: a local port is anyone's to open).
PUBLIC_ENDPOINTS = {"openai": "https://api.openai.com/v1"}
MAX_TIMEOUT_MS = 120000
MAX_REQUEST_CHARS = 256 * 1024
POLL_SECONDS = 0.1
RETRIES = 2
BACKOFF_SECONDS = 0.25
MAX_RETRY_AFTER = 2.0


def cache_key(request):
    """Provider, model, endpoint, prompt version and messages: one endpoint's answers never serve another's."""
    text = json.dumps([request["provider"], request["model"], _same(request["endpoint"]), PROMPT_VERSION,
                       request["messages"]], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _same(endpoint):
    return (endpoint or "").strip().rstrip("/")


def _allowed(executor, ext, endpoint):
    """Whether an administrator chose this endpoint (see the module's docstring)."""
    if _same(endpoint) in {_same(e) for e in (PUBLIC_ENDPOINTS["openai"], os.environ.get("OPENAI_BASE_URL")) if e}:
        return True
    rows = executor.query(
        f"SELECT EXISTS (SELECT 1 FROM {ext}.ai_schema_llm_endpoints WHERE rtrim(endpoint, '/') = %s) "
        f"OR EXISTS (SELECT 1 FROM {ext}.ai_schema_llm_keys WHERE rtrim(endpoint, '/') = %s) AS ok",
        (_same(endpoint), _same(endpoint)))
    return rows[0]["ok"]


def checked(request):
    """The request as this function accepts it: known provider, bounded sizes; else ValueError."""
    if request.get("provider") not in ("openai", "ollama"):
        raise ValueError("unknown provider")
    for name in ("model", "endpoint"):
        if not isinstance(request.get(name), str) or not request[name] or len(request[name]) > 500:
            raise ValueError(f"{name} must be text of at most 500 characters")
    messages = request.get("messages")
    if not isinstance(messages, list) or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
            for m in messages):
        raise ValueError("messages must be a list of {role, content}")
    if len(json.dumps(messages)) > MAX_REQUEST_CHARS:
        raise ValueError(f"the request is larger than {MAX_REQUEST_CHARS} characters")
    purpose = request.get("purpose") or "schema"
    if not isinstance(purpose, str) or len(purpose) > 40:
        raise ValueError("purpose must be short text")
    return request


def _timeout_ms(executor, asked):
    """The request's timeout, at most MAX_TIMEOUT_MS and what statement_timeout leaves."""
    try:
        wanted = int(asked)
    except (TypeError, ValueError):
        wanted = 30000
    wanted = max(100, min(wanted, MAX_TIMEOUT_MS))
    if executor is not None:
        limit = executor.query("SELECT EXTRACT(epoch FROM pg_catalog.current_setting('statement_timeout')::interval) "
                               "* 1000 - EXTRACT(epoch FROM pg_catalog.clock_timestamp() - "
                               "pg_catalog.statement_timestamp()) * 1000 AS left_ms, "
                               "pg_catalog.current_setting('statement_timeout') <> '0' AS bounded")[0]
        if limit["bounded"]:
            wanted = max(100, min(wanted, int(limit["left_ms"])))
    return wanted


def _api_key(executor, ext, provider, endpoint):
    rows = executor.query(f"SELECT endpoint, api_key FROM {ext}.ai_schema_llm_keys WHERE provider = %s", (provider,))
    if rows and _same(rows[0]["endpoint"] or PUBLIC_ENDPOINTS.get(provider)) == _same(endpoint):
        return rows[0]["api_key"]
    env_endpoint = os.environ.get("OPENAI_BASE_URL") or PUBLIC_ENDPOINTS["openai"]
    if provider == "openai" and os.environ.get("OPENAI_API_KEY") and _same(env_endpoint) == _same(endpoint):
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
    if executor is not None:
        try:
            checked(request)
        except ValueError as exc:
            return _refused(f"request refused: {exc}")
        if not _allowed(executor, ext, endpoint):
            return _refused(f"endpoint {endpoint[:200]} is not registered",
                            "An administrator registers it: INSERT INTO ai_schema_llm_endpoints (endpoint) VALUES (…).")
    request = {**request, "timeout_ms": _timeout_ms(executor, request.get("timeout_ms"))}
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
            result = _interruptible(executor, lambda: client.chat.completions.create(
                model=model, messages=request["messages"], temperature=0, response_format=response_format))
            content = result.choices[0].message.content or ""
            usage = result.usage
            outcome, error = "ok", None
            break
        except Interrupted as exc:
            raise exc.original
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


class Interrupted(Exception):
    """PostgreSQL cancelled the wait (its error is in .original and goes to the caller as it is)."""

    def __init__(self, original):
        super().__init__(str(original))
        self.original = original


def _refused(error, hint=None):
    return {"ok": False, "content": None, "errors": [], "outcome": "refused", "cached": False, "latency_ms": 0,
            "error": error + (f" ({hint})" if hint else "")}


def _interruptible(executor, call):
    """call() in a thread while this backend waits in short steps, each a query that lets PostgreSQL
    act on a cancel or terminate request (the query's error propagates); client-side, a plain call."""
    if executor is None:
        return call()
    box = {}

    def run():
        try:
            box["result"] = call()
        except BaseException as exc:                      # handed to the waiting backend
            box["error"] = exc

    worker = threading.Thread(target=run, name="ai_schema-llm", daemon=True)
    worker.start()
    while True:
        worker.join(POLL_SECONDS)
        if not worker.is_alive():
            break
        try:
            executor.query("SELECT 1 AS alive")
        except Exception as exc:                          # cancelled: the thread is left to its timeout
            raise Interrupted(exc) from None
    if "error" in box:
        raise box["error"]
    return box["result"]


def _log(executor, ext, request, outcome, attempts, usage, started, error):
    executor.query(
        f"INSERT INTO {ext}.ai_schema_llm_usage (provider, model, purpose, outcome, attempts, prompt_tokens, "
        "completion_tokens, latency_ms, error) VALUES (%s, %s, %s, %s, %s, %s::integer, %s::integer, %s, %s)",
        (request["provider"], request["model"][:200], (request.get("purpose") or "schema")[:40], outcome, attempts,
         getattr(usage, "prompt_tokens", None), getattr(usage, "completion_tokens", None),
         int((time.monotonic() - started) * 1000), error))
