"""JSON over HTTP with the standard library, for the platforms' APIs; errors name the call, never
the credentials."""

import json
import urllib.error
import urllib.request

from ..errors import AiSchemaError


def call(method, url, headers, body=None, secrets=(), timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Accept": "application/json",
                                              **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", "replace")
        for value in secrets:
            detail = detail.replace(value, "***") if value else detail
        raise AiSchemaError(f"{method} {url.split('?')[0]} answered HTTP {exc.code}: {detail}",
                            hint="Check the endpoint, the ids and the credentials.") from None
    except (urllib.error.URLError, OSError) as exc:
        raise AiSchemaError(f"{method} {url.split('?')[0]} failed: {getattr(exc, 'reason', exc)}",
                            sqlstate="08001", hint="Check the endpoint option.") from None
    return json.loads(raw) if raw else {}
