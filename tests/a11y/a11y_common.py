"""Shared parts of the AT-SPI tests: a dev server, the app under test, and tree helpers.

Run inside `tools/with-test-session --a11y` (Xvfb, the AT-SPI bus, Qt's bridge forced on),
with Debian's /usr/bin/python3 (python3-pyatspi, python3-gi).
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

import pyatspi
import select


def _sleep(seconds):
    # Under tools/run-tests --at (libfaketime) CPython's time.sleep (clock_nanosleep with an
    # absolute deadline) fails with EINVAL; select() waits the same without the faked clock.
    # subprocess.wait() sleeps through time.sleep too, so the module's function is replaced.
    if seconds > 0:
        select.select([], [], [], seconds)


time.sleep = _sleep


def log(*args):
    print(*args, flush=True)


class DevServer:
    """frontdesk-devserver on a free loopback port; it exits with our stdin."""

    def __init__(self, executable, seed=60):
        self.process = subprocess.Popen(
            [executable, "--port", "0", "--quiet", "--exit-on-stdin-eof",
             "--seed-bookings", str(seed), "--database", ":memory:"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.base = None
        self.email = None
        self.password = None
        deadline = time.monotonic() + 20
        while self.email is None:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the dev server did not start")
            line = self.process.stdout.readline().strip()
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                self.base = match.group(1)
            match = re.match(r"^credentials: (\S+) / (.*)$", line)
            if match:
                self.email, self.password = match.group(1), match.group(2)
        self.token = self.request("POST", "/api/v1/auth/login",
                                  {"email": self.email, "password": self.password},
                                  auth=False)["access_token"]

    def request(self, method, path, body=None, auth=True):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if auth:
            request.add_header("Authorization", "Bearer " + self.token)
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read().decode())

    def stop(self):
        try:
            self.process.stdin.close()
            self.process.wait(5)
        except Exception:  # noqa: BLE001 - a stuck server is killed
            self.process.kill()


class App:
    """The real Frontdesk against the dev server, signed in with FRONTDESK_TOKEN."""

    def __init__(self, executable, server):
        self.data = tempfile.TemporaryDirectory(prefix="frontdesk-a11y-")
        environment = dict(os.environ)
        environment["FRONTDESK_TOKEN"] = server.token
        environment["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        # English names whatever the machine's language (the assertions read them).
        environment["LANGUAGE"] = "en"
        environment["LC_ALL"] = "C.UTF-8"
        self.process = subprocess.Popen(
            [executable, "--server", server.base, "--data-dir", self.data.name],
            env=environment)
        self.accessible = None

    def find(self, timeout=30):
        """The application's accessible object, once its main window is there."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("frontdesk exited with %s" % self.process.returncode)
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                app = desktop.getChildAtIndex(index)
                if app is None:
                    continue
                try:
                    if app.get_process_id() != self.process.pid:
                        continue
                except Exception:  # noqa: BLE001 - an application going away
                    continue
                for window in app:
                    if window is not None and window.getRoleName() == "frame":
                        self.accessible = app
                        return app
            time.sleep(0.2)
        raise RuntimeError("no Frontdesk window on the AT-SPI bus")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.data.cleanup()


def walk(accessible, depth=0, limit=40, into_tables=False):
    """Every object below `accessible` (itself first), depth first; the cells of a table or
    tree only with `into_tables`: they are data, not controls (an empty cell is no missing
    name), and each is a D-Bus round trip (the list has thousands)."""
    if accessible is None or depth > limit:
        return
    yield accessible
    try:
        if not into_tables and depth > 0 and accessible.getRoleName() in ("table", "tree table", "tree"):
            return
        children = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
    except Exception:  # noqa: BLE001 - an object that went away meanwhile
        return
    for child in children:
        yield from walk(child, depth + 1, limit, into_tables)


def find(root, role=None, name=None, predicate=None, timeout=20):
    """The first object below `root` with this role name and (exact) name; waits."""
    deadline = time.monotonic() + timeout
    while True:
        for accessible in walk(root):
            try:
                if role is not None and accessible.getRoleName() != role:
                    continue
                if name is not None and accessible.name != name:
                    continue
                if predicate is not None and not predicate(accessible):
                    continue
                return accessible
            except Exception:  # noqa: BLE001 - gone meanwhile
                continue
        if time.monotonic() > deadline:
            raise LookupError("no %s %r" % (role, name))
        time.sleep(0.2)


def do_action(accessible, name):
    action = accessible.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if name not in names:
        raise LookupError("%r offers %s, not %r" % (accessible.name, names, name))
    return action.doAction(names.index(name))


def fail(message):
    log("FAIL:", message)
    sys.exit(1)
