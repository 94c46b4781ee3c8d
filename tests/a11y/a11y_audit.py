#!/usr/bin/python3
"""Walks Frontdesk's whole accessible tree (list view, then calendar view) through AT-SPI
and fails on any focusable, visible object without a name: a screen reader would say
only its role ("button") there.

Usage (tests/a11y/CMakeLists.txt): tools/with-test-session --a11y /usr/bin/python3
a11y_audit.py FRONTDESK FRONTDESK-DEVSERVER
"""

import sys
import time

import pyatspi

from a11y_common import App, DevServer, do_action, find, log, walk


def path_of(accessible):
    """Role and name of each ancestor, for a readable report."""
    parts = []
    node = accessible
    while node is not None and len(parts) < 12:
        try:
            parts.append("%s %r" % (node.getRoleName(), node.name))
            node = node.parent
        except Exception:  # noqa: BLE001
            break
        if node is not None and node.getRoleName() == "application":
            break
    return " < ".join(parts)


def audit(root, label):
    unnamed = []
    for accessible in walk(root):
        try:
            states = accessible.getState()
            if not states.contains(pyatspi.STATE_FOCUSABLE):
                continue
            if not states.contains(pyatspi.STATE_VISIBLE):
                continue
            if accessible.name.strip():
                continue
            unnamed.append(path_of(accessible))
        except Exception:  # noqa: BLE001 - gone meanwhile
            continue
    log("%s: %d focusable objects without a name" % (label, len(unnamed)))
    for entry in unnamed:
        log("  unnamed:", entry)
    return unnamed


def main():
    frontdesk, devserver = sys.argv[1], sys.argv[2]
    server = DevServer(devserver)
    app = None
    try:
        app = App(frontdesk, server)
        application = app.find()
        window = find(application, role="frame")
        # Wait for the first sync's rows, so the views are in their usual state.
        table = find(window, role="table", name="Bookings")
        deadline = time.monotonic() + 60
        while table.queryTable().nRows == 0 and time.monotonic() < deadline:
            time.sleep(0.5)
        problems = audit(application, "list view")
        calendar = find(window, name="Calendar", predicate=lambda a: a.getRoleName() in (
            "push button", "toggle button", "check box"))
        action = calendar.queryAction()
        do_action(calendar, action.getName(0))
        find(window, role="list", name="Calendar")
        time.sleep(0.5)
        problems += audit(application, "calendar view")
        if problems:
            log("FAIL: %d focusable objects without a name" % len(problems))
            sys.exit(1)
        log("PASS")
    finally:
        if app is not None:
            app.stop()
        server.stop()


if __name__ == "__main__":
    main()
