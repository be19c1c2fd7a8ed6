"""A throw-away MariaDB server for the mysql target's tests: its own data dir, a socket (and TCP when asked).

As root the server runs as the ``mysql`` user (mariadbd drops to it), in a temp dir chowned
to that user. SQL goes through the ``mariadb`` command-line client.
"""

import os
import pathlib
import pwd
import shutil
import subprocess
import tempfile
import time


class ScratchMariaDB:
    def __init__(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="ai_schema_mariadb_"))
        self.socket = self.root / "mysqld.sock"
        self.process = None
        if os.geteuid() == 0:
            pw = pwd.getpwnam("mysql")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        os.chmod(self.root, 0o755)

    def start(self, port=None):
        """Socket only, or also TCP on 127.0.0.1:port (for clients that speak the protocol)."""
        user = ["--user=mysql"] if os.geteuid() == 0 else []
        network = [f"--port={port}", "--bind-address=127.0.0.1"] if port else ["--skip-networking"]
        subprocess.run(["mariadb-install-db", f"--datadir={self.root / 'data'}", "--skip-test-db",
                        "--auth-root-authentication-method=normal"] + user, check=True, capture_output=True)
        self.process = subprocess.Popen(
            ["mariadbd", f"--datadir={self.root / 'data'}", f"--socket={self.socket}", *network,
             f"--pid-file={self.root / 'mariadbd.pid'}", f"--log-error={self.root / 'error.log'}",
             "--innodb-buffer-pool-size=32M"] + user, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if self.socket.exists():
                return self
            time.sleep(0.05)
        raise RuntimeError("mariadbd did not start: " + (self.root / "error.log").read_text(errors="replace"))

    def run(self, sql, database=None):
        """Run SQL with the command-line client; (returncode, output)."""
        cmd = ["mariadb", f"--socket={self.socket}", "-uroot", "--batch"] + ([database] if database else [])
        result = subprocess.run(cmd, input=sql, capture_output=True, text=True)
        return result.returncode, result.stdout + result.stderr

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
        shutil.rmtree(self.root, ignore_errors=True)
