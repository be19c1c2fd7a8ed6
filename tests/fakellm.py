"""An OpenAI-compatible chat-completions server on 127.0.0.1 with scripted answers.

Each request pops the next scripted step: ("answer", content), ("status", code) or
("sleep", seconds, content). It counts requests and keeps their Authorization headers
and bodies, so tests can see what the real openai client sent.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLM:
    def __init__(self):
        self.script, self.requests, self.lock = [], [], threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                with fake.lock:
                    fake.requests.append({"path": self.path, "authorization": self.headers.get("authorization"),
                                          "body": body})
                    step = fake.script.pop(0) if fake.script else ("answer", '{"ok": true}')
                if step[0] == "sleep":
                    time.sleep(step[1])
                    step = ("answer", step[2])
                if step[0] == "status":
                    payload = json.dumps({"error": {"message": f"scripted {step[1]}", "type": "test"}}).encode()
                    self.send_response(step[1])
                    if step[1] == 429:
                        self.send_header("retry-after", "0")
                else:
                    payload = json.dumps({
                        "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body.get("model"),
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": step[1]}}],
                        "usage": {"prompt_tokens": 120, "completion_tokens": 80, "total_tokens": 200}}).encode()
                    self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                try:
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def reset(self, *steps):
        with self.lock:
            self.script = list(steps)
            self.requests = []

    def close(self):
        self.server.shutdown()
        self.server.server_close()
