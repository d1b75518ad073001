"""A throwaway PostgreSQL + PostGIS cluster for the tests: initdb in a temporary folder, a private
Unix socket, no TCP, started with pg_ctl and removed afterwards.

Run as root (CI), the server runs as the unprivileged ``postgres`` system user (created by Debian's
postgresql package) through ``runuser``; run as a normal user, it runs as that user. Any failure
raises: a test that needs the server fails, it never skips.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run `make bootstrap` (Debian package postgresql)")
    return Path(found[-1]).parent


class Cluster:
    def __init__(self):
        self.bindir = _bindir()
        # /tmp, not $TMPDIR: a short socket path (< 108 bytes) that the postgres user can reach
        self.root = Path(
            tempfile.mkdtemp(prefix="tailings-pg-", dir="/tmp" if os.path.isdir("/tmp") else None)
        )
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.log = self.root / "server.log"
        self.port = 5432  # only a Unix socket in a private folder: no clash with another server
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args, check=True):
        cmd = [str(a) for a in args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def start(self):
        atexit.register(self.stop)  # also when pytest is interrupted before the fixture's teardown
        self.socket.mkdir()
        if self.user:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, self.user)
            shutil.chown(self.socket, self.user)
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C.UTF-8",
        )
        options = (
            f"-k {self.socket} -c listen_addresses='' -p {self.port} -c fsync=off -c full_page_writes=off"
        )
        result = self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.log,
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
            check=False,
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
        deadline = time.monotonic() + 30
        while True:  # bounded wait for readiness
            ready = subprocess.run(
                [str(self.bindir / "pg_isready"), "-h", str(self.socket), "-p", str(self.port)],
                capture_output=True,
            )
            if ready.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL is not accepting connections after 30 s")
            time.sleep(0.2)

    def dsn(self, dbname="postgres", user="postgres") -> str:
        return f"host={self.socket} port={self.port} dbname={dbname} user={user}"

    def create_database(self, name: str, postgis=True) -> str:
        import psycopg2

        conn = psycopg2.connect(self.dsn())
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()
        if postgis:
            conn = psycopg2.connect(self.dsn(name))
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("CREATE EXTENSION postgis")
            conn.close()
        return self.dsn(name)

    def stop(self):
        if not self.root.exists():
            return
        try:
            if self.data.exists():
                self._run(
                    self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False
                )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
