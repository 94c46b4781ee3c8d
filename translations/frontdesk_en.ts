<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../network/apierror.cpp" line="+112"/>
        <source>The server is busy. Please try again in %n second(s).</source>
        <translation>
            <numerusform>The server is busy. Please try again in %n second.</numerusform>
            <numerusform>The server is busy. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../views/auditlogdialog.cpp" line="+88"/>
        <source>%n action(s) recorded on this computer.</source>
        <translation>
            <numerusform>%n action recorded on this computer.</numerusform>
            <numerusform>%n actions recorded on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDetailsContent</name>
    <message numerus="yes">
        <location filename="../views/bookingdetailscontent.cpp" line="+62"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(%n field(s))</source>
        <translation>
            <numerusform>(%n field)</numerusform>
            <numerusform>(%n fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%1 – %2 (%n min)</source>
        <translation>
            <numerusform>%1 – %2 (%n min)</numerusform>
            <numerusform>%1 – %2 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDetailsHtml</name>
    <message numerus="yes">
        <source>%1 – %2 (%n min)</source>
        <translation type="vanished">
            <numerusform>%1 – %2 (%n min)</numerusform>
            <numerusform>%1 – %2 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message numerus="yes">
        <location filename="../models/bookingrules.cpp" line="+98"/>
        <source>An arrival can be marked from %n hour(s) before the start.</source>
        <translation>
            <numerusform>An arrival can be marked from %n hour before the start.</numerusform>
            <numerusform>An arrival can be marked from %n hours before the start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message numerus="yes">
        <location filename="../models/bookingtablemodel.cpp" line="+101"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
        <location filename="../views/bulkactiondialog.cpp" line="+86"/>
        <source>&amp;Send %n change(s)</source>
        <translation>
            <numerusform>&amp;Send %n change</numerusform>
            <numerusform>&amp;Send %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n booking(s) will be changed, one after the other.</source>
        <translation>
            <numerusform>%1 of %n booking will be changed, one after the other.</numerusform>
            <numerusform>%1 of %n bookings will be changed, one after the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Stopped after %n booking(s).</source>
        <translation>
            <numerusform>Stopped after %n booking.</numerusform>
            <numerusform>Stopped after %n bookings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n booking(s) handled.</source>
        <translation>
            <numerusform>Done: %n booking handled.</numerusform>
            <numerusform>Done: %n bookings handled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarAccessible</name>
    <message numerus="yes">
        <location filename="../views/calendaraccessible.cpp" line="+362"/>
        <source>%n more booking(s) on %1</source>
        <translation>
            <numerusform>%n more booking on %1</numerusform>
            <numerusform>%n more bookings on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMonthPainter</name>
    <message numerus="yes">
        <location filename="../views/calendarmonthpainter.cpp" line="+134"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarNavigator</name>
    <message numerus="yes">
        <location filename="../views/calendarnavigator.cpp" line="+66"/>
        <source>Snap: %n min</source>
        <translation>
            <numerusform>Snap: %n min</numerusform>
            <numerusform>Snap: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/clihistorycommand.cpp" line="+57"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message numerus="yes">
        <location filename="../app/clilistcommands.cpp" line="+80"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>Exported %n booking to %1.</numerusform>
            <numerusform>Exported %n bookings to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOutboxCommand</name>
    <message numerus="yes">
        <location filename="../app/clioutboxcommand.cpp" line="+31"/>
        <source>tried %n time(s)</source>
        <translation>
            <numerusform>tried %n time</numerusform>
            <numerusform>tried %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSyncCommand</name>
    <message numerus="yes">
        <location filename="../app/clisynccommand.cpp" line="+89"/>
        <source>The %n booking(s) that did arrive are in the local copy; nothing was removed from it.</source>
        <translation>
            <numerusform>The %n booking that did arrive is in the local copy; nothing was removed from it.</numerusform>
            <numerusform>The %n bookings that did arrive are in the local copy; nothing was removed from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Fetched %n booking(s) in %1: %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</source>
        <translation>
            <numerusform>Fetched %n booking in %1: %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</numerusform>
            <numerusform>Fetched %n bookings in %1: %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n booking(s) the list did not show this time are still on the server (the list changed while it was read) and were kept.</source>
        <translation>
            <numerusform>%n booking the list did not show this time is still on the server (the list changed while it was read) and was kept.</numerusform>
            <numerusform>%n bookings the list did not show this time are still on the server (the list changed while it was read) and were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Fetched %n full record(s) the list&apos;s rows left out (yesterday to %1 days ahead).</source>
        <translation>
            <numerusform>Fetched %n full record the list&apos;s rows left out (yesterday to %1 days ahead).</numerusform>
            <numerusform>Fetched %n full records the list&apos;s rows left out (yesterday to %1 days ahead).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n full record(s) could not be fetched: %1</source>
        <translation>
            <numerusform>%n full record could not be fetched: %1</numerusform>
            <numerusform>%n full records could not be fetched: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n booking(s) in %1 page(s): %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</source>
        <translation type="vanished">
            <numerusform>Fetched %n booking in %1 page(s): %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</numerusform>
            <numerusform>Fetched %n bookings in %1 page(s): %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) in the outbox need a decision: see frontdesk-cli outbox.</source>
        <translation>
            <numerusform>%n change in the outbox needs a decision: see frontdesk-cli outbox.</numerusform>
            <numerusform>%n changes in the outbox need a decision: see frontdesk-cli outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <location filename="../models/customerhistory.cpp" line="+99"/>
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n no-show in the last 12 months</numerusform>
            <numerusform>%n no-shows in the last 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message numerus="yes">
        <location filename="../views/daysheet.cpp" line="+71"/>
        <source>%n booking(s), times in %1. Printed %2.</source>
        <translation>
            <numerusform>%n booking, times in %1. Printed %2.</numerusform>
            <numerusform>%n bookings, times in %1. Printed %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../views/exportactions.cpp" line="+167"/>
        <source>%n booking(s) exported to %1</source>
        <translation>
            <numerusform>%n booking exported to %1</numerusform>
            <numerusform>%n bookings exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../models/insights.cpp" line="+452"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="+456"/>
        <source>%1 of %n booking(s) shown</source>
        <translation>
            <numerusform>%1 of %n booking shown</numerusform>
            <numerusform>%1 of %n bookings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowactions.cpp" line="+284"/>
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n change not sent</numerusform>
            <numerusform>%n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowloading.cpp" line="+42"/>
        <source>Loading %Ln booking(s)…</source>
        <translation>
            <numerusform>Loading %Ln booking…</numerusform>
            <numerusform>Loading %Ln bookings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>All %Ln booking(s) loaded.</source>
        <translation>
            <numerusform>The %Ln booking is loaded.</numerusform>
            <numerusform>All %Ln bookings loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message numerus="yes">
        <location filename="../network/notificationplanner.cpp" line="+329"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Starts in %n minute</numerusform>
            <numerusform>Starts in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n new booking(s)</source>
        <translation>
            <numerusform>%n new booking</numerusform>
            <numerusform>%n new bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n booking(s) moved or cancelled elsewhere</source>
        <translation>
            <numerusform>%n booking moved or cancelled elsewhere</numerusform>
            <numerusform>%n bookings moved or cancelled elsewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n booking(s) starting soon</source>
        <translation>
            <numerusform>%n booking starting soon</numerusform>
            <numerusform>%n bookings starting soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) late</source>
        <translation>
            <numerusform>%n customer late</numerusform>
            <numerusform>%n customers late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../views/rescheduledialog.cpp" line="+221"/>
        <source>%n available slot(s).</source>
        <translation>
            <numerusform>%n available slot.</numerusform>
            <numerusform>%n available slots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../views/settingsdialog.cpp" line="+154"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message numerus="yes">
        <location filename="../views/todayboard.cpp" line="+250"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message numerus="yes">
        <location filename="../models/todayboardmodel.cpp" line="+372"/>
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>started %n min ago</source>
        <translation>
            <numerusform>started %n min ago</numerusform>
            <numerusform>started %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
</context>
</TS>
