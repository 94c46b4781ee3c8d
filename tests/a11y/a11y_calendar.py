#!/usr/bin/python3
"""Drives the real Frontdesk through AT-SPI, as a screen reader user would.

1. finds the window; 2. reads the list row of a booking and compares its cells with the
server's booking; 3. switches to the calendar and finds that booking's accessible child by
its name; 4. invokes its Reschedule action and completes the dialog through accessible
actions and text (no pixel clicks); 5. sees the PATCH reach the dev server.

Usage (tests/a11y/CMakeLists.txt): tools/with-test-session --a11y /usr/bin/python3
a11y_calendar.py FRONTDESK FRONTDESK-DEVSERVER
"""

import datetime
import re
import sys
import time

import pyatspi

from a11y_common import App, DevServer, do_action, fail, find, log, walk

CUSTOMER = "Ada Accessible"


def iso(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def digits(text):
    return re.sub(r"\D", "", text or "")


def main():
    frontdesk, devserver = sys.argv[1], sys.argv[2]
    server = DevServer(devserver)
    app = None
    try:
        # A booking of our own, on the hour and at least an hour ahead, so that half an hour
        # later is the same day and still ahead when the test gets there.
        now = datetime.datetime.now(datetime.timezone.utc)
        start = (now + datetime.timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
        created = server.request("POST", "/_control/create", {"bookings": [{
            "start_time": iso(start),
            "end_time": iso(start + datetime.timedelta(minutes=30)),
            "status": "confirmed",
            "lead": {"name": CUSTOMER, "phone": "+49 30 1234567",
                     "email": "ada@example.com"}}]}, auth=False)
        booking_id = created["ids"][0]
        log("booking", booking_id, "at", iso(start))

        # 1. The window.
        app = App(frontdesk, server)
        application = app.find()
        window = find(application, role="frame")
        log("window:", window.name)

        # 2. The list row's cells against the server's booking.
        table = find(window, role="table", name="Bookings")
        cells = None
        deadline = time.monotonic() + 60
        while cells is None and time.monotonic() < deadline:
            grid = table.queryTable()
            headers = [grid.getColumnHeader(c).name if grid.getColumnHeader(c) else ""
                       for c in range(grid.nColumns)]
            if "Customer" in headers:
                customer = headers.index("Customer")
                for row in range(grid.nRows):
                    cell = grid.getAccessibleAt(row, customer)
                    if cell is not None and cell.name == CUSTOMER:
                        cells = {headers[c]: grid.getAccessibleAt(row, c).name
                                 for c in range(grid.nColumns)}
                        break
            if cells is None:
                time.sleep(0.5)
        if cells is None:
            fail("the list never showed the booking of " + CUSTOMER)
        log("row:", cells)
        record = server.request("GET", "/api/v1/bookings/" + booking_id)
        lead = record.get("lead") or {}
        local_start = parse(record["start_time"]).astimezone()
        checks = {
            "Customer": cells.get("Customer") == lead.get("name"),
            "Phone": digits(cells.get("Phone")) == digits(lead.get("phone")),
            "Email": cells.get("Email") == lead.get("email"),
            "Status": (cells.get("Status") or "").lower().startswith(record["status"]),
            "Start": local_start.strftime("%H:%M") in (cells.get("Start") or ""),
        }
        wrong = [column for column, ok in checks.items() if not ok]
        if wrong:
            fail("list cells %s differ from the server's %s" % (wrong, record))

        # 3. The calendar, and the booking's child by its name.
        toolbar_calendar = find(window, name="Calendar", predicate=lambda a: a.getRoleName() in (
            "push button", "toggle button", "check box"))
        do_action(toolbar_calendar, "Press" if "Press" in action_names(toolbar_calendar)
                  else action_names(toolbar_calendar)[0])
        calendar = find(window, role="list", name="Calendar")
        # The calendar shows this week; the booking may fall into the next one (Sunday night).
        for _ in range(2):
            try:
                child = find(calendar, role="list item",
                             predicate=lambda a: CUSTOMER in a.name, timeout=5)
                break
            except LookupError:
                do_action(find(window, name="Next", role="push button"), "Press")
        else:
            fail("no calendar child names " + CUSTOMER)
        expected_start = "%s %d %s, %s to %s" % (
            local_start.strftime("%A"), local_start.day, local_start.strftime("%B"),
            local_start.strftime("%H:%M"),
            (local_start + datetime.timedelta(minutes=30)).strftime("%H:%M"))
        log("calendar child:", child.name)
        if not child.name.startswith(expected_start) or "confirmed" not in child.name:
            fail("the child's name %r does not start with %r" % (child.name, expected_start))
        states = child.getState()
        # A confirmed booking ahead may be moved: not read-only.
        if states.contains(pyatspi.STATE_READ_ONLY):
            fail("the booking's states are wrong: %s" % states.getStates())

        # Pressing it selects it; the details panel then reads as label and value pairs.
        do_action(child, "Press")
        pairs = {}
        deadline = time.monotonic() + 20
        while pairs.get("Phone") is None or digits(pairs["Phone"]) != digits(lead.get("phone")):
            if time.monotonic() > deadline:
                fail("the details panel never read Phone: %s (read: %s)" % (lead.get("phone"), pairs))
            time.sleep(0.3)
            pairs = details_pairs(window)
        log("details panel:", "; ".join("%s: %s" % pair for pair in pairs.items()))

        # 4. Its Reschedule action opens the dialog; a custom time half an hour later.
        do_action(child, "Reschedule")
        dialog = find(application, role="dialog",
                      predicate=lambda a: a.name.startswith("Reschedule"), timeout=20)
        log("dialog:", dialog.name)
        custom = find(dialog, role="check box", name="Custom time")
        names = action_names(custom)
        do_action(custom, "Toggle" if "Toggle" in names else names[0])
        start_edit = find(dialog, name="Custom start", predicate=lambda a: a.getRoleName() in (
            "spin button", "text", "date editor"))
        deadline = time.monotonic() + 10
        while not start_edit.getState().contains(pyatspi.STATE_ENABLED):
            if time.monotonic() > deadline:
                fail("the custom start never became editable")
            time.sleep(0.1)
        text = start_edit.queryText()
        shown = text.getText(0, -1)
        moved = re.sub(r"(\d{1,2}):00(?!.*\d{1,2}:\d{2})", r"\1:30", shown)
        if moved == shown:
            fail("cannot find the hour in the custom start %r" % shown)
        start_edit.queryEditableText().setTextContents(moved)
        log("custom start:", shown, "->", moved)
        accept = find(dialog, role="push button", name="Reschedule",
                      predicate=lambda a: a.getState().contains(pyatspi.STATE_ENABLED))
        do_action(accept, "Press")

        # 5. The PATCH at the dev server.
        wanted = start + datetime.timedelta(minutes=30)
        deadline = time.monotonic() + 30
        while True:
            patches = server.request("GET", "/_control/stats", auth=False).get("patches", [])
            sent = [p for p in patches if booking_id in p.get("path", "")
                    and isinstance(p.get("body"), dict) and "start_time" in p["body"]]
            if any(parse(p["body"]["start_time"]) == wanted for p in sent):
                log("PATCH reached the server:", sent[-1])
                break
            if time.monotonic() > deadline:
                fail("no PATCH moving the booking to %s (seen: %s)" % (iso(wanted), sent))
            time.sleep(0.3)
        log("PASS")
    finally:
        if app is not None:
            app.stop()
        server.stop()


def details_pairs(window):
    """The details panel as a screen reader reads it: each value with the label that labels
    it (its LABELLED_BY relation), in reading order."""
    pairs = {}
    try:
        panel = find(window, name="Booking details",
                     predicate=lambda a: a.getRoleName() != "label", timeout=5)
    except LookupError:
        return pairs
    for accessible in walk(panel):
        try:
            if accessible.getRoleName() != "label":
                continue
            for relation in accessible.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    pairs[relation.getTarget(0).name] = accessible.name
        except Exception:  # noqa: BLE001 - the panel was rebuilt meanwhile
            continue
    return pairs


def action_names(accessible):
    action = accessible.queryAction()
    return [action.getName(i) for i in range(action.nActions)]


if __name__ == "__main__":
    main()
