<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../network/apierror.cpp" line="+87"/>
        <source>The server cannot be reached. Check the network connection; Frontdesk keeps working with the bookings it has and tries again.</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie die Netzwerkverbindung; Frontdesk arbeitet mit den vorhandenen Terminen weiter und versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer. Please try again in a moment.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s security certificate could not be verified, so Frontdesk did not connect. Please tell your administrator.</source>
        <translation>Das Sicherheitszertifikat des Servers konnte nicht geprüft werden, daher hat Frontdesk keine Verbindung aufgebaut. Bitte informieren Sie Ihre Administration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server address is not allowed: use https:// (plain http:// is only allowed for a server on this computer).</source>
        <translation>Diese Serveradresse ist nicht zulässig: Bitte verwenden Sie https:// (einfaches http:// ist nur für einen Server auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent an answer Frontdesk does not understand. Please try again later; if it keeps happening, tell your administrator.</source>
        <translation>Der Server hat eine Antwort gesendet, die Frontdesk nicht versteht. Bitte versuchen Sie es später erneut; wenn das wiederholt passiert, informieren Sie Ihre Administration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is busy. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet. Bitte versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet. Bitte versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Der Server ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (error %1). Please try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (Fehler %1). Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not allowed to do this: %1</source>
        <translation>Dafür fehlt Ihnen die Berechtigung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer has this item.</source>
        <translation>Dieser Eintrag ist auf dem Server nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer has this item: %1</source>
        <translation>Dieser Eintrag ist auf dem Server nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (error %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../views/auditlogdialog.cpp" line="+26"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions taken on this computer</source>
        <translation>Aktionen auf diesem Computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n action(s) recorded on this computer.</source>
        <translation>
            <numerusform>%n Aktion auf diesem Computer protokolliert.</numerusform>
            <numerusform>%n Aktionen auf diesem Computer protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an entry to see the booking before and after.</source>
        <translation>Wählen Sie einen Eintrag, um den Termin vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before:
%1

After:
%2</source>
        <translation>Vorher:
%1

Nachher:
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="+48"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BookingActionController</name>
    <message>
        <location filename="../views/bookingactioncontroller.cpp" line="+60"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booking not found</source>
        <translation>Termin nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This booking is not in the local cache any more.</source>
        <translation>Dieser Termin ist nicht mehr in der lokalen Kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change to this booking is still on its way to the server.</source>
        <translation>Eine Änderung an diesem Termin ist noch auf dem Weg zum Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+263"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>This action is not possible for a booking that is “%1”.</source>
        <translation type="vanished">Diese Aktion ist für einen Termin mit dem Status „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+36"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>The new end must be after the start.</source>
        <translation type="vanished">Das neue Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Move the booking of %1?</source>
        <translation>Den Termin von %1 verschieben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>Auf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the clocks change (daylight saving time) between the old and the new time; the times above are both local times in %1.</source>
        <translation>Hinweis: Zwischen der alten und der neuen Zeit wird die Uhr umgestellt (Sommerzeit); beide Zeiten oben sind Ortszeiten in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the new time is an available slot could not be checked (the server cannot be reached).</source>
        <translation>Ob die neue Zeit ein freier Termin ist, konnte nicht geprüft werden (der Server ist nicht erreichbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the new time is not one of the available slots.</source>
        <translation>Achtung: Die neue Zeit ist keiner der freien Termine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: it overlaps the booking of %1.</source>
        <translation>Achtung: Er überschneidet sich mit dem Termin von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reschedule booking</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mark the booking of %1 as no-show?</source>
        <translation>Den Termin von %1 als „Nicht erschienen“ markieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the booking of %1 as completed?</source>
        <translation>Den Termin von %1 als „Erledigt“ markieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the booking of %1 back to confirmed?</source>
        <translation>Den Termin von %1 wieder auf „bestätigt“ setzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as %1</source>
        <translation>Als „%1“ markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel the booking of %1? The customer&apos;s slot becomes free again.</source>
        <translation>Den Termin von %1 absagen? Die Zeit wird wieder frei.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Too many bookings</source>
        <translation>Zu viele Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please select at most %1 bookings at once (%2 are selected).</source>
        <translation>Bitte wählen Sie höchstens %1 Termine auf einmal aus (ausgewählt sind %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued: %1. It is sent when the server can be reached (%2)</source>
        <translation>Im Postausgang: %1. Wird gesendet, sobald der Server erreichbar ist (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused “%1”: %2</source>
        <translation>Der Server hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discarded: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server moved this booking from %1 to %2 since you opened it.</source>
        <translation>Auf dem Server wurde dieser Termin inzwischen von %1 auf %2 verschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its status on the server is now “%1” (it was “%2”).</source>
        <translation>Sein Status auf dem Server ist jetzt „%1“ (vorher „%2“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its meeting link was changed.</source>
        <translation>Sein Meeting-Link wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its notes or details were changed.</source>
        <translation>Seine Notizen oder Angaben wurden geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this booking on the server at %1 since you opened it.</source>
        <translation>Jemand hat diesen Termin inzwischen auf dem Server geändert (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the booking has changed since.</source>
        <translation>Der Termin wurde inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the old time is now taken by the booking of %1.</source>
        <translation>Die alte Zeit ist jetzt durch den Termin von %1 belegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a change to this booking is still on its way to the server.</source>
        <translation>Eine Änderung an diesem Termin ist noch auf dem Weg zum Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>“%1” can no longer be undone: %2</source>
        <translation>„%1“ kann nicht mehr rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” can no longer be undone: the booking was changed on the server since.</source>
        <translation>„%1“ kann nicht mehr rückgängig gemacht werden: Der Termin wurde inzwischen auf dem Server geändert.</translation>
    </message>
</context>
<context>
    <name>BookingActionSet</name>
    <message>
        <location filename="../views/bookingactionset.cpp" line="+27"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the booking to another time (Ctrl+Shift+R)</source>
        <translation>Den Termin auf eine andere Zeit verschieben (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;No-show…</source>
        <translation>Als „&amp;Nicht erschienen“ markieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer did not come (possible once the booking has started; Ctrl+Shift+N)</source>
        <translation>Der Kunde ist nicht gekommen (möglich, sobald der Termin begonnen hat; Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Completed…</source>
        <translation>Als „&amp;Erledigt“ markieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appointment took place (possible once it has ended; Ctrl+Shift+C)</source>
        <translation>Der Termin hat stattgefunden (möglich, sobald er vorbei ist; Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Back to C&amp;onfirmed…</source>
        <translation>Wieder auf „&amp;bestätigt“ setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a no-show or completed mark</source>
        <translation>Eine Markierung „Nicht erschienen“ oder „Erledigt“ zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel Booking…</source>
        <translation>Termin &amp;absagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the booking, with an optional reason (Del)</source>
        <translation>Den Termin absagen, mit optionalem Grund (Entf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;Link and Notes…</source>
        <translation>&amp;Link und Notizen bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the meeting link and the notes (F2)</source>
        <translation>Meeting-Link und Notizen bearbeiten (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as A&amp;rrived</source>
        <translation>Als &amp;angekommen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is at the desk; every desk sees it after its next sync (from 2 hours before the start; Ctrl+Shift+I)</source>
        <translation>Der Kunde ist am Empfang; jeder Empfang sieht es nach seinem nächsten Abgleich (ab 2 Stunden vor Beginn; Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo Arri&amp;val</source>
        <translation>Ankunft &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer was marked as arrived by mistake</source>
        <translation>Der Kunde wurde versehentlich als angekommen markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Undo the last reschedule or status change (Ctrl+Z)</source>
        <translation>Die letzte Verschiebung oder Statusänderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action taken on this computer</source>
        <translation>Alle Aktionen auf diesem Computer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Booking</source>
        <translation>&amp;Termin</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <location filename="../network/bookingactions.cpp" line="+367"/>
        <source>The change was discarded; the server&apos;s version stays.</source>
        <translation>Die Änderung wurde verworfen; die Fassung des Servers bleibt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server already has this change; nothing was sent.</source>
        <translation>Der Server hat diese Änderung schon; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (queued change sent again)</source>
        <translation>%1 (wartende Änderung erneut gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (applied anyway)</source>
        <translation>%1 (trotzdem ausgeführt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The booking changed on the server since it was shown.</source>
        <translation>Der Termin wurde auf dem Server geändert, seit er angezeigt wurde.</translation>
    </message>
</context>
<context>
    <name>BookingChange</name>
    <message>
        <location filename="../network/bookingchange.cpp" line="+163"/>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel (reason: %1)</source>
        <translation>Absagen (Grund: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to %1</source>
        <translation>Verschieben auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End at %1</source>
        <translation>Ende um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as %1</source>
        <translation>Als „%1“ markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the meeting link</source>
        <translation>Meeting-Link entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the meeting link</source>
        <translation>Meeting-Link setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit notes and details</source>
        <translation>Notizen und Details bearbeiten</translation>
    </message>
</context>
<context>
    <name>BookingDetailsContent</name>
    <message>
        <location filename="../views/bookingdetailscontent.cpp" line="+54"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n Eintrag)</numerusform>
            <numerusform>(%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(%n field(s))</source>
        <translation>
            <numerusform>(%n Feld)</numerusform>
            <numerusform>(%n Felder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (wartet auf das Senden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 – %2 (%n min)</source>
        <translation>
            <numerusform>%1 – %2 (%n Min.)</numerusform>
            <numerusform>%1 – %2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status</source>
        <translation>Anfragestatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cal.com booking</source>
        <translation>Cal.com-Buchung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cal.com UID</source>
        <translation>Cal.com-UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cal.com event type</source>
        <translation>Cal.com-Terminart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to the server: %1</source>
        <translation>Wartet darauf, an den Server gesendet zu werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending a change to the server…</source>
        <translation>Änderung wird an den Server gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: the booking changed on the server since the desk changed it</source>
        <translation>Konflikt: Der Termin wurde auf dem Server geändert, nachdem er hier am Empfang geändert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (%1)</source>
        <translation>Meine (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
</context>
<context>
    <name>BookingDetailsHtml</name>
    <message>
        <source>yes</source>
        <translation type="vanished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">nein</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="vanished">(kein Kunde)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Uhrzeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n min)</source>
        <translation type="vanished">
            <numerusform>%1 – %2 (%n Min.)</numerusform>
            <numerusform>%1 – %2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="vanished">Zeitzone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-Mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">Kanal</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation type="vanished">Anfragestatus</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation type="vanished">Meeting-Link</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Leistung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="vanished">Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="vanished">Geändert</translation>
    </message>
    <message>
        <source>Cal.com booking</source>
        <translation type="vanished">Cal.com-Buchung</translation>
    </message>
    <message>
        <source>Cal.com UID</source>
        <translation type="vanished">Cal.com-UID</translation>
    </message>
    <message>
        <source>Cal.com event type</source>
        <translation type="vanished">Cal.com-Terminart</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="vanished">Synchronisiert</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="vanished">Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server: %1</source>
        <translation type="vanished">Wartet darauf, an den Server gesendet zu werden: %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="vanished">Vorher</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="vanished">Meine (%1)</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation type="vanished">Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to the server</source>
        <translation type="vanished">Ausstehend: wartet auf die Übertragung an den Server</translation>
    </message>
    <message>
        <source>Sending a change to the server…</source>
        <translation type="vanished">Änderung wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>Conflict: the booking changed on the server since the desk changed it</source>
        <translation type="vanished">Konflikt: Der Termin wurde auf dem Server geändert, nachdem er hier am Empfang geändert wurde</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="vanished">Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>The desk&apos;s version</source>
        <translation type="vanished">Version des Empfangs</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation type="vanished">Version des Servers</translation>
    </message>
</context>
<context>
    <name>BookingDetailsPanel</name>
    <message>
        <location filename="../views/bookingdetailspanel.cpp" line="+22"/>
        <location line="+38"/>
        <source>Select a booking to see its details.</source>
        <translation>Wählen Sie einen Termin aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+48"/>
        <source>Booking details</source>
        <translation>Termindetails</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This booking is no longer on the server.</source>
        <translation>Dieser Termin ist auf dem Server nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+1"/>
        <source>Booking actions</source>
        <translation>Terminaktionen</translation>
    </message>
</context>
<context>
    <name>BookingFilterBar</name>
    <message>
        <location filename="../views/bookingfilterbar.cpp" line="+40"/>
        <source>Search name, email, phone, service, notes (Ctrl+F)</source>
        <translation>Name, E-Mail, Telefon, Leistung, Notizen suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search bookings</source>
        <translation>Termine suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show bookings with these statuses</source>
        <translation>Termine mit diesen Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date filter</source>
        <translation>Datumsfilter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses: %1 of %2</source>
        <translation>Status: %1 von %2</translation>
    </message>
</context>
<context>
    <name>BookingIcsExporter</name>
    <message>
        <location filename="../models/bookingicsexporter.cpp" line="+114"/>
        <source>%1 – %2</source>
        <comment>calendar event title: customer – service</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived: %1 UTC</source>
        <translation>Angekommen: %1 UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <location filename="../models/bookingrules.cpp" line="+45"/>
        <source>This is not possible for a booking that is “%1”.</source>
        <translation>Das ist für einen Termin mit dem Status „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A no-show stays on record and is not moved: set it back to confirmed first if it was marked by mistake.</source>
        <translation>Ein „Nicht erschienen“ bleibt vermerkt und wird nicht verschoben: Setzen Sie den Termin zuerst wieder auf „Bestätigt“, falls er versehentlich markiert wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This booking has ended and can no longer be moved.</source>
        <translation>Dieser Termin ist vorbei und kann nicht mehr verschoben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A booking can be marked as a no-show only once it has started.</source>
        <translation>Ein Termin kann erst als „Nicht erschienen“ markiert werden, wenn er begonnen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has arrived: this booking is not a no-show.</source>
        <translation>Der Kunde ist angekommen: Dieser Termin ist kein „Nicht erschienen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A booking can be marked as completed once it has ended, or once it has started when the customer has arrived.</source>
        <translation>Ein Termin kann als „Erledigt“ markiert werden, wenn er vorbei ist, oder sobald er begonnen hat, wenn der Kunde angekommen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cancelled booking cannot be confirmed again: the API has no way to undo a cancellation.</source>
        <translation>Ein abgesagter Termin kann nicht wieder bestätigt werden: Die API kann eine Absage nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is already confirmed.</source>
        <translation>Dieser Termin ist bereits bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This booking has ended: mark it as completed or as a no-show instead of cancelling it.</source>
        <translation>Dieser Termin ist vorbei: Markieren Sie ihn als „Erledigt“ oder „Nicht erschienen“, statt ihn abzusagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer is already marked as arrived.</source>
        <translation>Der Kunde ist bereits als angekommen markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking has ended.</source>
        <translation>Dieser Termin ist vorbei.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An arrival can be marked from %n hour(s) before the start.</source>
        <translation>
            <numerusform>Eine Ankunft kann ab %n Stunde vor Beginn markiert werden.</numerusform>
            <numerusform>Eine Ankunft kann ab %n Stunden vor Beginn markiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is not marked as arrived.</source>
        <translation>Der Kunde ist nicht als angekommen markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new end must be after the start.</source>
        <translation>Das neue Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new time has already begun: choose a time from now on.</source>
        <translation>Die neue Zeit hat schon begonnen: Wählen Sie eine Zeit ab jetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as no-show</source>
        <translation>Als „Nicht erschienen“ markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as completed</source>
        <translation>Als „Erledigt“ markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set back to confirmed</source>
        <translation>Wieder auf „Bestätigt“ setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit link and notes</source>
        <translation>Link und Notizen bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as arrived</source>
        <translation>Als angekommen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo arrival</source>
        <translation>Ankunft zurücknehmen</translation>
    </message>
</context>
<context>
    <name>BookingStatuses</name>
    <message>
        <location filename="../models/bookingstatus.cpp" line="+23"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../models/bookingtablemodel.cpp" line="+69"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A change to this booking is being sent to the server.</source>
        <translation>Eine Änderung an diesem Termin wird an den Server gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · sending…</source>
        <translation>%1 · wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change to this booking waits to be sent: the server could not be reached. It is sent with the next sync.</source>
        <translation>Eine Änderung an diesem Termin wartet auf das Senden: Der Server war nicht erreichbar. Sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · waiting to send</source>
        <translation>%1 · wartet auf Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The booking changed on the server after the desk changed it: open it to choose which version to keep.</source>
        <translation>Der Termin wurde auf dem Server geändert, nachdem er hier am Empfang geändert wurde: Öffnen Sie ihn, um zu wählen, welche Version bleibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · conflict</source>
        <translation>%1 · Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused a change to this booking: open it to see why.</source>
        <translation>Der Server hat eine Änderung an diesem Termin abgelehnt: Öffnen Sie ihn, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · refused</source>
        <translation>%1 · abgelehnt</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <location filename="../views/bulkactiondialog.cpp" line="+30"/>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel several bookings</source>
        <translation>Mehrere Termine absagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark several bookings as no-show</source>
        <translation>Mehrere Termine als „Nicht erschienen“ markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark several bookings as completed</source>
        <translation>Mehrere Termine als „Erledigt“ markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set several bookings back to confirmed</source>
        <translation>Mehrere Termine wieder auf „bestätigt“ setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings to change</source>
        <translation>Zu ändernde Termine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will be sent: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Skipped: not possible for this status</source>
        <translation type="vanished">Übersprungen: bei diesem Status nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a change to it is on its way</source>
        <translation>Übersprungen: Eine Änderung daran ist unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Send %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;senden</numerusform>
            <numerusform>%n Änderungen &amp;senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n booking(s) will be changed, one after the other.</source>
        <translation>
            <numerusform>%1 von %n Termin wird geändert, einer nach dem anderen.</numerusform>
            <numerusform>%1 von %n Terminen werden geändert, einer nach dem anderen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason for the cancellations</source>
        <translation>Grund für die Absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “Practitioner ill”</source>
        <translation>Optional, z. B. „Behandlerin krank“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (angehalten)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopped after %n booking(s).</source>
        <translation>
            <numerusform>Nach %n Termin angehalten.</numerusform>
            <numerusform>Nach %n Terminen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n booking(s) handled.</source>
        <translation>
            <numerusform>Fertig: %n Termin bearbeitet.</numerusform>
            <numerusform>Fertig: %n Termine bearbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Applied</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: sent when the server can be reached</source>
        <translation>Im Postausgang: wird gesendet, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: changed on the server meanwhile; see the outbox</source>
        <translation>Konflikt: inzwischen auf dem Server geändert; siehe Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>CalendarAccessible</name>
    <message>
        <location filename="../views/calendaraccessible.cpp" line="+224"/>
        <source>%1 to %2, use the arrow keys to move between bookings</source>
        <translation>%1 bis %2, mit den Pfeiltasten von Termin zu Termin</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>dddd d MMMM</source>
        <extracomment>The date in the calendar&apos;s spoken names of bookings and days, a QLocale date format (dddd: weekday, d: day, MMMM: month name)</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current time, %1</source>
        <translation>Aktuelle Uhrzeit, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, today</source>
        <translation>%1, heute</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more booking(s) on %1</source>
        <translation>
            <numerusform>%n weiterer Termin am %1</numerusform>
            <numerusform>%n weitere Termine am %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, %2 bis %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>arrived</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change pending</source>
        <translation>Änderung ausstehend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line across today marks the current time.</source>
        <translation>Die Linie quer über den heutigen Tag zeigt die aktuelle Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the day with all its bookings.</source>
        <translation>Öffnet den Tag mit allen seinen Terminen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the booking&apos;s menu</source>
        <translation>Menü des Termins öffnen</translation>
    </message>
</context>
<context>
    <name>CalendarDragHandler</name>
    <message>
        <location filename="../views/calendardraghandler.cpp" line="+222"/>
        <source>No free slot here</source>
        <translation>Hier ist kein freier Termin</translation>
    </message>
</context>
<context>
    <name>CalendarGridPainter</name>
    <message>
        <location filename="../views/calendargridpainter.cpp" line="+174"/>
        <source>Clocks change: %1</source>
        <translation>Zeitumstellung: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pending…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CalendarMonthPainter</name>
    <message numerus="yes">
        <location filename="../views/calendarmonthpainter.cpp" line="+134"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
</context>
<context>
    <name>CalendarNavigator</name>
    <message>
        <location filename="../views/calendarnavigator.cpp" line="+38"/>
        <source>Calendar navigation</source>
        <translation>Kalendernavigation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the previous period (Page Up)</source>
        <translation>Vorherigen Zeitraum zeigen (Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show today</source>
        <translation>Heute zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next period (Page Down)</source>
        <translation>Nächsten Zeitraum zeigen (Bild ab)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown period</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar filter</source>
        <translation>Kalenderfilter</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Snap: %n min</source>
        <translation>
            <numerusform>Einrasten: %n Min.</numerusform>
            <numerusform>Einrasten: %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap: free slots</source>
        <translation>Einrasten: freie Termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap dragged bookings to</source>
        <translation>Gezogene Termine einrasten auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a dragged booking lands: whole steps of minutes, or only the available slots</source>
        <translation>Wo ein gezogener Termin landet: in ganzen Minutenschritten oder nur auf freien Terminen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Storniert</translation>
    </message>
    <message>
        <source>Show cancelled bookings</source>
        <translation type="vanished">Stornierte Termine zeigen</translation>
    </message>
    <message>
        <source>Show cancelled bookings, faded</source>
        <translation type="vanished">Stornierte Termine blass zeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one day</source>
        <translation>Einen Tag zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the working days of the week</source>
        <translation>Die Arbeitstage der Woche zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole week</source>
        <translation>Die ganze Woche zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the month</source>
        <translation>Den Monat zeigen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <location filename="../views/calendarpane.cpp" line="+21"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../views/calendarview.cpp" line="+38"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../views/calendarviewinput.cpp" line="+241"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is waiting for the server&apos;s answer.</source>
        <translation>Eine Änderung wartet auf die Antwort des Servers.</translation>
    </message>
</context>
<context>
    <name>ChangeInbox</name>
    <message>
        <location filename="../views/changeinbox.cpp" line="+22"/>
        <source>The server has every change this desk made.</source>
        <translation>Der Server hat jede Änderung dieses Empfangs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep mine (send it anyway)</source>
        <translation>&amp;Meine behalten (trotzdem senden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;server&apos;s (discard mine)</source>
        <translation>Die des &amp;Servers behalten (meine verwerfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not on the server yet</source>
        <translation>Änderungen, die noch nicht auf dem Server sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected change</source>
        <translation>Die gewählte Änderung</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+180"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The booking before the change</source>
        <translation>Der Termin vor der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking with this desk&apos;s change</source>
        <translation>Der Termin mit der Änderung dieses Empfangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking now on the server</source>
        <translation>Der Termin, wie er jetzt auf dem Server ist</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: this desk&apos;s change (%2) met a change made elsewhere. Which version should the booking have?</source>
        <translation>%1: Die Änderung dieses Empfangs (%2) traf auf eine Änderung von anderswo. Welche Fassung soll der Termin haben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mine: %1</source>
        <translation>Meine: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the server refused %2. Its reason: %3</source>
        <translation>%1: Der Server hat „%2“ abgelehnt. Seine Begründung: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 waits to be sent; it goes to the server as soon as it can be reached.</source>
        <translation>%1: „%2“ wartet auf das Senden; es geht an den Server, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is being sent to the server…</source>
        <translation>%1: „%2“ wird an den Server gesendet …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent: the server now has this desk&apos;s version.</source>
        <translation>Gesendet: Der Server hat jetzt die Fassung dieses Empfangs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached; the change waits and is sent when it can.</source>
        <translation>Der Server ist nicht erreichbar; die Änderung wartet und wird gesendet, sobald es geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The booking changed on the server again; choose again.</source>
        <translation>Der Termin wurde auf dem Server erneut geändert; bitte erneut wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discard the change?</source>
        <translation>Änderung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard “%1”? It has not reached the server, and nothing else keeps it.</source>
        <translation>„%1“ verwerfen? Sie hat den Server nicht erreicht, und nichts sonst bewahrt sie auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discarded: the server&apos;s version stays.</source>
        <translation>Verworfen: Die Fassung des Servers bleibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change could not be discarded: %1</source>
        <translation>Die Änderung konnte nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChangeInboxModel</name>
    <message>
        <location filename="../views/changeinboxmodel.cpp" line="+78"/>
        <source>Conflict: %1 (%2) was changed elsewhere before this desk&apos;s change reached the server. Open View › Changes to choose which to keep.</source>
        <translation>Konflikt: %1 (%2) wurde anderswo geändert, bevor die Änderung dieses Empfangs den Server erreichte. Unter Ansicht › Änderungen wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>booking %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Vorgenommen</translation>
    </message>
</context>
<context>
    <name>CliAccountCommands</name>
    <message>
        <location filename="../app/cliaccountcommands.cpp" line="+17"/>
        <source>Signs in and keeps the session in the system keychain. The password is read from standard input when that is not a terminal, else asked for without echo.</source>
        <translation>Meldet an und speichert die Sitzung im Schlüsselbund des Systems. Das Passwort wird von der Standardeingabe gelesen, wenn diese kein Terminal ist, sonst verdeckt abgefragt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: FRONTDESK_TOKEN is set and is used instead of this sign-in as long as it stays set.</source>
        <translation>Hinweis: FRONTDESK_TOKEN ist gesetzt und wird statt dieser Anmeldung verwendet, solange es gesetzt bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password given. Type it when asked, or pass it on standard input: frontdesk-cli login … &lt; password-file</source>
        <translation>Kein Passwort angegeben. Geben Sie es bei der Abfrage ein oder übergeben Sie es über die Standardeingabe: frontdesk-cli login … &lt; passwort-datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in failed: the e-mail address or the password is not correct.</source>
        <translation>Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in, but the session could not be saved: %1</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in to %1 as %2 (%3, %4).</source>
        <translation>Bei %1 angemeldet als %2 (%3, %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removes the saved session from the system keychain. The local copy of the bookings and the changes waiting in the outbox stay.</source>
        <translation>Entfernt die gespeicherte Sitzung aus dem Schlüsselbund des Systems. Die lokale Kopie der Termine und die Änderungen im Postausgang bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of %1 (%2).</source>
        <translation>Von %1 abgemeldet (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: FRONTDESK_TOKEN is still set and is used until you unset it.</source>
        <translation>Hinweis: FRONTDESK_TOKEN ist weiterhin gesetzt und wird verwendet, bis Sie es entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows who is signed in to which organization.</source>
        <translation>Zeigt, wer bei welcher Organisation angemeldet ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in again with: %1</source>
        <translation>Melden Sie sich erneut an mit: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from FRONTDESK_TOKEN</source>
        <translation>aus FRONTDESK_TOKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ends:</source>
        <translation>Sitzung endet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local copy:</source>
        <translation>Lokale Kopie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet (run frontdesk-cli sync)</source>
        <translation>noch keine (frontdesk-cli sync ausführen)</translation>
    </message>
</context>
<context>
    <name>CliActionCommands</name>
    <message>
        <location filename="../app/cliactioncommands.cpp" line="+16"/>
        <source>Apply the change even if the booking changed on the server since the last sync.</source>
        <translation>Änderung auch dann ausführen, wenn der Termin seit der letzten Synchronisierung auf dem Server geändert wurde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Moves a booking. Times are local unless they carry an offset.</source>
        <translation>Verschiebt einen Termin. Zeiten gelten als Ortszeit, sofern sie keinen Versatz angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+31"/>
        <location line="+29"/>
        <source>The booking (its id or a unique beginning).</source>
        <translation>Der Termin (seine ID oder ein eindeutiger Anfang davon).</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>New start, e.g. 2026-03-20T14:30.</source>
        <translation>Neuer Beginn, z. B. 2026-03-20T14:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New end (default: the start plus the booking&apos;s current length).</source>
        <translation>Neues Ende (Standard: Beginn plus bisherige Dauer des Termins).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[END]</source>
        <translation>[ENDE]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The booking has no length to keep: give the new end too.</source>
        <translation>Der Termin hat keine Dauer, die beibehalten werden kann: Bitte geben Sie auch das neue Ende an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end (%1) must be after the start (%2).</source>
        <translation>Das Ende (%1) muss nach dem Beginn (%2) liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancels a booking.</source>
        <translation>Sagt einen Termin ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why it is cancelled (kept with the booking).</source>
        <translation>Grund der Absage (wird beim Termin gespeichert).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Marks a booking as a no-show: the customer did not come.</source>
        <translation>Markiert einen Termin als „Nicht erschienen“: Der Kunde ist nicht gekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks a booking as completed.</source>
        <translation>Markiert einen Termin als „Erledigt“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Marks the customer of a booking as arrived (at the desk now). Every desk sees it after its next sync; possible from 2 hours before the start until the end.</source>
        <translation>Markiert den Kunden eines Termins als angekommen (jetzt am Empfang). Jeder Empfang sieht es nach seinem nächsten Abgleich; möglich ab 2 Stunden vor Beginn bis zum Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes back an arrival marked by mistake.</source>
        <translation>Nimmt eine versehentlich markierte Ankunft zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking %1 now: %2</source>
        <translation>Termin %1 jetzt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet: %1</source>
        <translation>Noch nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” waits in the outbox as #%2 and is sent by the next frontdesk-cli sync.</source>
        <translation>„%1“ wartet im Postausgang als Nr. %2 und wird beim nächsten frontdesk-cli sync gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict: booking %1 was changed on the server after your last sync, so “%2” was not sent.</source>
        <translation>Konflikt: Termin %1 wurde nach Ihrer letzten Synchronisierung auf dem Server geändert, daher wurde „%2“ nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your copy:</source>
        <translation>Ihre Kopie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change waits in the outbox as #%1. Send it anyway with frontdesk-cli outbox apply %1 (or repeat the command with --force), or drop it with frontdesk-cli outbox discard %1.</source>
        <translation>Die Änderung wartet im Postausgang als Nr. %1. Senden Sie sie trotzdem mit frontdesk-cli outbox apply %1 (oder wiederholen Sie den Befehl mit --force) oder verwerfen Sie sie mit frontdesk-cli outbox discard %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused it.</source>
        <translation>der Server hat sie abgelehnt.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cliarguments.cpp" line="+16"/>
        <source>Only bookings starting on or after this day (YYYY-MM-DD, local time) or date-time.</source>
        <translation>Nur Termine, die an oder nach diesem Tag (JJJJ-MM-TT, Ortszeit) oder Zeitpunkt beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only bookings starting on or before this day (YYYY-MM-DD, included) or date-time.</source>
        <translation>Nur Termine, die an oder vor diesem Tag (JJJJ-MM-TT, einschließlich) oder Zeitpunkt beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only bookings with this status: confirmed, rescheduled, completed, no_show or cancelled. Repeat it or separate with commas for several.</source>
        <translation>Nur Termine mit diesem Status: confirmed, rescheduled, completed, no_show oder cancelled. Für mehrere wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only bookings whose customer, phone, e-mail, service or notes contain every word of this text.</source>
        <translation>Nur Termine, deren Kunde, Telefon, E-Mail, Leistung oder Notizen jedes Wort dieses Textes enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--from (%1) is after --to (%2): nothing could match.</source>
        <translation>--from (%1) liegt nach --to (%2): Es kann nichts passen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is not a date and time. Use YYYY-MM-DDTHH:MM (local time), for example 2026-03-20T14:30, or add an offset such as Z or +01:00.</source>
        <translation>„%1“ ist kein Zeitpunkt. Verwenden Sie JJJJ-MM-TTTHH:MM (Ortszeit), zum Beispiel 2026-03-20T14:30, oder fügen Sie einen Versatz wie Z oder +01:00 an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a date. Use YYYY-MM-DD, for example 2026-03-20.</source>
        <translation>„%1“ ist kein Datum. Verwenden Sie JJJJ-MM-TT, zum Beispiel 2026-03-20.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown status “%1”. Use one of: %2.</source>
        <translation>Unbekannter Status „%1“. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--status needs a status, for example --status confirmed.</source>
        <translation>--status braucht einen Status, zum Beispiel --status confirmed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A booking id is missing. See the ids with: frontdesk-cli list</source>
        <translation>Die Termin-ID fehlt. Die IDs zeigt: frontdesk-cli list</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” fits %2 bookings. Give more of the id.</source>
        <translation>„%1“ passt zu %2 Terminen. Geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no booking “%1” in the local copy. Check the id with frontdesk-cli list, or fetch the latest bookings with frontdesk-cli sync.</source>
        <translation>In der lokalen Kopie gibt es keinen Termin „%1“. Prüfen Sie die ID mit frontdesk-cli list oder holen Sie die neuesten Termine mit frontdesk-cli sync.</translation>
    </message>
</context>
<context>
    <name>CliCommandParser</name>
    <message>
        <location filename="../app/clicommandparser.cpp" line="+35"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing arguments: %1</source>
        <translation>Fehlende Argumente: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>See: frontdesk-cli %1 --help</source>
        <translation>Siehe: frontdesk-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CliHistoryCommand</name>
    <message>
        <location filename="../app/clihistorycommand.cpp" line="+23"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status</source>
        <translation>Anfragestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last no-show</source>
        <translation>Zuletzt nicht erschienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (upcoming)</source>
        <translation>%1 (anstehend)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows a customer&apos;s bookings (upcoming first, then newest first) with the number of completed visits, no-shows, cancellations and upcoming bookings. Give a booking of theirs, or --lead. The server is asked for the customer&apos;s bookings first when it can be reached; otherwise the local copy answers.</source>
        <translation>Zeigt die Termine eines Kunden (anstehende zuerst, dann die neuesten zuerst) mit der Zahl der Termine „Erledigt“, „Nicht erschienen“, „Abgesagt“ und der anstehenden Termine. Geben Sie einen seiner Termine an oder --lead. Ist der Server erreichbar, werden die Termine des Kunden zuerst dort abgefragt, sonst antwortet die lokale Kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A booking of the customer.</source>
        <translation>Ein Termin des Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s lead id.</source>
        <translation>Die Lead-ID des Kunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer from the local copy only.</source>
        <translation>Nur aus der lokalen Kopie antworten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print {&quot;lead&quot;, &quot;counts&quot;, &quot;bookings&quot;} with the bookings as the API writes them.</source>
        <translation>{&quot;lead&quot;, &quot;counts&quot;, &quot;bookings&quot;} ausgeben, die Termine so, wie die API sie schreibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either a booking id or --lead LEAD_ID.</source>
        <translation>Geben Sie entweder eine Termin-ID oder --lead LEAD_ID an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booking %1 is not in the local copy. Bring it up to date with: frontdesk-cli sync</source>
        <translation>Termin %1 ist nicht in der lokalen Kopie. Aktualisieren Sie sie mit: frontdesk-cli sync</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking %1 has no customer record (lead: null), so it has no history.</source>
        <translation>Termin %1 hat keinen Kundendatensatz (lead: null) und damit keine Vorgeschichte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server could not be asked (%1); this is the local copy.</source>
        <translation>Der Server konnte nicht gefragt werden (%1); dies ist die lokale Kopie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No bookings of lead %1 are known.</source>
        <translation>Von Lead %1 sind keine Termine bekannt.</translation>
    </message>
</context>
<context>
    <name>CliInsightsCommand</name>
    <message>
        <location filename="../app/cliinsightscommand.cpp" line="+22"/>
        <source>“%1” is not a day: write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Tag: schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bookings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show rate</source>
        <translation>Quote „Nicht erschienen“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancellation rate</source>
        <translation>Absagequote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bookings starting %1 to %2 (%3)</source>
        <translation>Termine mit Beginn vom %1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bookings in this range.</source>
        <translation>Keine Termine in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bookings: %2; arrived at the desk: %3</source>
        <translation>%1 Termine: %2; am Empfang angekommen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booked ahead: median %1 days, 90th percentile %2 days</source>
        <translation>Im Voraus gebucht: Median %1 Tage, 90. Perzentil %2 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of the Insights view from the local copy (works offline): bookings by status, weekday, hour, service and channel, how far ahead they were booked and the customers with the most no-shows. Days are in the display time zone, by start time; without --from and --to the last 12 months up to today.</source>
        <translation>Die Zahlen der Auswertungen aus der lokalen Kopie (auch offline): Termine nach Status, Wochentag, Stunde, Leistung und Kanal, wie weit im Voraus sie gebucht wurden und die Kunden, die am häufigsten nicht erschienen sind. Tage in der Anzeige-Zeitzone, nach Beginn; ohne --from und --to die letzten 12 Monate bis heute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day (YYYY-MM-DD), included.</source>
        <translation>Erster Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (YYYY-MM-DD), included.</source>
        <translation>Letzter Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON with the API&apos;s names for statuses, services and channels.</source>
        <translation>JSON mit den Namen der API für Status, Leistungen und Kanäle ausgeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message>
        <location filename="../app/clilistcommands.cpp" line="+35"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists bookings from the local copy, ordered by start time. Works offline; run frontdesk-cli sync to bring it up to date.</source>
        <translation>Listet Termine aus der lokalen Kopie nach Beginn sortiert auf. Funktioniert offline; mit frontdesk-cli sync bringen Sie sie auf den neuesten Stand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a JSON array of bookings as the API writes them (times in UTC).</source>
        <translation>Gibt ein JSON-Array der Termine so aus, wie die API sie schreibt (Zeiten in UTC).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No bookings match.</source>
        <translation>Keine passenden Termine.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes bookings from the local copy as CSV (for spreadsheets) or iCalendar (for calendar programs). Works offline.</source>
        <translation>Schreibt Termine aus der lokalen Kopie als CSV (für Tabellenkalkulationen) oder iCalendar (für Kalenderprogramme). Funktioniert offline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv or ics (default: from the file name).</source>
        <translation>csv oder ics (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to write (default: standard output). Replaced only once the export is complete.</source>
        <translation>Zieldatei (Standard: Standardausgabe). Wird erst ersetzt, wenn der Export vollständig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say which format to write: --format csv or --format ics.</source>
        <translation>Geben Sie das Format an: --format csv oder --format ics.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown format “%1”: use --format csv or --format ics.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie --format csv oder --format ics.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n booking(s) to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOutboxCommand</name>
    <message>
        <location filename="../app/clioutboxcommand.cpp" line="+17"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>tried %n time(s)</source>
        <translation>
            <numerusform>%n-mal versucht</numerusform>
            <numerusform>%n-mal versucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on the server</source>
        <translation>auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lists the changes the server does not have yet. &apos;discard N&apos; drops change N; &apos;apply N&apos; sends it even though the booking changed on the server.</source>
        <translation>Listet die Änderungen auf, die der Server noch nicht hat. „discard N“ verwirft Änderung N; „apply N“ sendet sie, obwohl der Termin auf dem Server geändert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discard N or apply N, with N the number the list shows; without it, the list.</source>
        <translation>discard N oder apply N, mit N der Nummer aus der Liste; ohne Angabe die Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown outbox action “%1”: use discard N or apply N.</source>
        <translation>Unbekannte Postausgang-Aktion „%1“: Verwenden Sie discard N oder apply N.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say which change: frontdesk-cli outbox %1 N</source>
        <translation>Geben Sie die Änderung an: frontdesk-cli outbox %1 N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a change number: use the number that frontdesk-cli outbox shows.</source>
        <translation>„%1“ ist keine Änderungsnummer: Verwenden Sie die Nummer, die frontdesk-cli outbox anzeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no change #%1 in the outbox. See the list with: frontdesk-cli outbox</source>
        <translation>Im Postausgang gibt es keine Änderung Nr. %1. Die Liste zeigt: frontdesk-cli outbox</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The outbox is empty: the server has every change.</source>
        <translation>Der Postausgang ist leer: Der Server hat alle Änderungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booking</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change #%1 could not be dropped: %2</source>
        <translation>Änderung Nr. %1 konnte nicht verworfen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped change #%1 (%2 of booking %3).</source>
        <translation>Änderung Nr. %1 verworfen (%2 von Termin %3).</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/clioutput.cpp" line="+61"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1–%2, %3, last changed %4</source>
        <translation>%1–%2, %3, zuletzt geändert %4</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/clisession.cpp" line="+40"/>
        <source>Empfio server address (default: $FRONTDESK_SERVER, else the last one used).</source>
        <translation>Adresse des Empfio-Servers (Standard: $FRONTDESK_SERVER, sonst die zuletzt verwendete).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account e-mail address (default: the account of $FRONTDESK_TOKEN, else the last one used).</source>
        <translation>E-Mail-Adresse des Kontos (Standard: das Konto von $FRONTDESK_TOKEN, sonst das zuletzt verwendete).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the local copy (default: $FRONTDESK_DATA_DIR, else the standard data folder).</source>
        <translation>Ordner der lokalen Kopie (Standard: $FRONTDESK_DATA_DIR, sonst der Standard-Datenordner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what happens on the network.</source>
        <translation>Netzwerkverkehr protokollieren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No server given. Use --server URL (for example --server https://bookings.example.com) or set FRONTDESK_SERVER.</source>
        <translation>Kein Server angegeben. Verwenden Sie --server URL (zum Beispiel --server https://bookings.example.com) oder setzen Sie FRONTDESK_SERVER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a server address. Use --server URL, for example --server https://bookings.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie --server URL, zum Beispiel --server https://bookings.example.com.</translation>
    </message>
    <message>
        <source>FRONTDESK_TOKEN does not hold a Frontdesk session token (it names no account). Unset it, or set it to the access token of a sign-in.</source>
        <translation type="vanished">FRONTDESK_TOKEN enthält kein Frontdesk-Sitzungstoken (es nennt kein Konto). Entfernen Sie die Variable oder setzen Sie sie auf das Zugriffstoken einer Anmeldung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server does not accept FRONTDESK_TOKEN. Set a new one, or unset it and sign in with: %1</source>
        <translation>Der Server nimmt FRONTDESK_TOKEN nicht an. Setzen Sie ein neues Token, oder entfernen Sie die Variable und melden Sie sich an mit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose session FRONTDESK_TOKEN is could not be asked: %1 Give the account with --email to work offline.</source>
        <translation>Zu welchem Konto FRONTDESK_TOKEN gehört, konnte nicht erfragt werden: %1 Geben Sie das Konto mit --email an, um offline zu arbeiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FRONTDESK_TOKEN belongs to %1, not to %2. Unset FRONTDESK_TOKEN or leave out --email.</source>
        <translation>FRONTDESK_TOKEN gehört zu %1, nicht zu %2. Entfernen Sie FRONTDESK_TOKEN oder lassen Sie --email weg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account given. Sign in first with: frontdesk-cli login --server %1 --email ADDRESS</source>
        <translation>Kein Konto angegeben. Melden Sie sich zuerst an mit: frontdesk-cli login --server %1 --email ADRESSE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You are not signed in to %1 as %2. Sign in with: %3</source>
        <translation>Sie sind bei %1 nicht als %2 angemeldet. Melden Sie sich an mit: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternatively, set FRONTDESK_TOKEN to a session token.</source>
        <translation>Alternativ setzen Sie FRONTDESK_TOKEN auf ein Sitzungstoken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session token in FRONTDESK_TOKEN has expired. Set a new one, or unset it and sign in with: %1</source>
        <translation>Das Sitzungstoken in FRONTDESK_TOKEN ist abgelaufen. Setzen Sie ein neues oder entfernen Sie es und melden Sie sich an mit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has ended. Sign in again with: %1</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an mit: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no local copy of the bookings of %1 on %2 yet. Fetch it with: frontdesk-cli sync</source>
        <translation>Es gibt noch keine lokale Kopie der Termine von %1 auf %2. Holen Sie sie mit: frontdesk-cli sync</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local copy in %1 cannot be opened: %2. Check that the folder is writable, or choose another one with --data-dir.</source>
        <translation>Die lokale Kopie in %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
</context>
<context>
    <name>CliSyncCommand</name>
    <message>
        <location filename="../app/clisynccommand.cpp" line="+32"/>
        <source>Sends the changes waiting in the outbox, then brings the local copy up to date with every booking on the server.</source>
        <translation>Sendet die Änderungen aus dem Postausgang und bringt dann die lokale Kopie mit allen Terminen auf dem Server auf den neuesten Stand.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outbox: %1 sent, %2 in conflict, %3 refused, %4 still waiting.</source>
        <translation>Postausgang: %1 gesendet, %2 im Konflikt, %3 abgelehnt, %4 wartend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Sign in again with: %1</source>
        <translation>Melden Sie sich erneut an mit: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+15"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+30"/>
        <source>The local copy was kept as it was.</source>
        <translation>Die lokale Kopie blieb unverändert.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sync failed: the local copy in %1 could not be written (%2). Check the free disk space and that the folder is writable.</source>
        <translation>Synchronisierung fehlgeschlagen: Die lokale Kopie in %1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: the server&apos;s list ended before every booking arrived. Please try again.</source>
        <translation>Synchronisierung fehlgeschlagen: Die Liste des Servers endete, bevor alle Termine angekommen waren. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The %n booking(s) that did arrive are in the local copy; nothing was removed from it.</source>
        <translation>
            <numerusform>Der %n angekommene Termin ist in der lokalen Kopie; daraus wurde nichts entfernt.</numerusform>
            <numerusform>Die %n angekommenen Termine sind in der lokalen Kopie; daraus wurde nichts entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Fetched %n booking(s) in %1: %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</source>
        <translation>
            <numerusform>%n Termin in %1 abgerufen: %2 neu, %3 geändert, %4 entfernt, %5 übersprungen (%6 ms).</numerusform>
            <numerusform>%n Termine in %1 abgerufen: %2 neu, %3 geändert, %4 entfernt, %5 übersprungen (%6 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n booking(s) the list did not show this time are still on the server (the list changed while it was read) and were kept.</source>
        <translation>
            <numerusform>%n Termin, den die Liste diesmal nicht zeigte, ist noch auf dem Server (die Liste änderte sich beim Lesen) und wurde behalten.</numerusform>
            <numerusform>%n Termine, die die Liste diesmal nicht zeigte, sind noch auf dem Server (die Liste änderte sich beim Lesen) und wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Fetched %n full record(s) the list&apos;s rows left out (yesterday to %1 days ahead).</source>
        <translation>
            <numerusform>%n vollständiger Datensatz geholt, den die Zeilen der Liste auslassen (gestern bis %1 Tage voraus).</numerusform>
            <numerusform>%n vollständige Datensätze geholt, die die Zeilen der Liste auslassen (gestern bis %1 Tage voraus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n full record(s) could not be fetched: %1</source>
        <translation>
            <numerusform>%n vollständiger Datensatz konnte nicht geholt werden: %1</numerusform>
            <numerusform>%n vollständige Datensätze konnten nicht geholt werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n booking(s) in %1 page(s): %2 inserted, %3 changed, %4 removed, %5 skipped (%6 ms).</source>
        <translation type="vanished">
            <numerusform>%n Termin in %1 Seite(n) abgerufen: %2 neu, %3 geändert, %4 entfernt, %5 übersprungen (%6 ms).</numerusform>
            <numerusform>%n Termine in %1 Seite(n) abgerufen: %2 neu, %3 geändert, %4 entfernt, %5 übersprungen (%6 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) in the outbox need a decision: see frontdesk-cli outbox.</source>
        <translation>
            <numerusform>%n Änderung im Postausgang braucht eine Entscheidung: siehe frontdesk-cli outbox.</numerusform>
            <numerusform>%n Änderungen im Postausgang brauchen eine Entscheidung: siehe frontdesk-cli outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../views/conflictdialog.cpp" line="+18"/>
        <source>The booking was changed elsewhere</source>
        <translation>Der Termin wurde anderswo geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change: %1. Apply it to the server&apos;s version anyway, or discard it?</source>
        <translation>Ihre Änderung: %1. Trotzdem auf die Fassung des Servers anwenden oder verwerfen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;As you saw it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie Sie ihn gesehen haben&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Now on the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt auf dem Server&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking as you saw it</source>
        <translation>Termin, wie Sie ihn gesehen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking now on the server</source>
        <translation>Termin jetzt auf dem Server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Apply my change anyway</source>
        <translation>Meine Änderung &amp;trotzdem anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard my change</source>
        <translation>Meine Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../views/contactactions.cpp" line="+16"/>
        <source>Copy &amp;phone number</source>
        <translation>&amp;Telefonnummer kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy e&amp;mail address</source>
        <translation>E-&amp;Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;booking</source>
        <translation>Termin &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join meeting</source>
        <translation>Besprechung &amp;beitreten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the time, the customer, the service and the phone</source>
        <translation>Kopiert Zeit, Kunde, Leistung und Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls the customer with the system&apos;s phone application</source>
        <translation>Ruft den Kunden mit der Telefonanwendung des Systems an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes to the customer with the system&apos;s mail application</source>
        <translation>Schreibt dem Kunden mit der E-Mail-Anwendung des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the booking&apos;s meeting link in the browser</source>
        <translation>Öffnet den Besprechungslink des Termins im Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the phone number %1.</source>
        <translation>Telefonnummer %1 kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the email address %1.</source>
        <translation>E-Mail-Adresse %1 kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the booking: %1</source>
        <translation>Termin kopiert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing to %1…</source>
        <translation>E-Mail an %1 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail application took %1.</source>
        <translation>Keine E-Mail-Anwendung hat %1 übernommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the meeting…</source>
        <translation>Besprechung wird geöffnet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser took the meeting link %1.</source>
        <translation>Kein Browser hat den Besprechungslink %1 übernommen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This booking has no phone number to call.</source>
        <translation>Dieser Termin hat keine Telefonnummer zum Anrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone application took %1. Dial it by hand.</source>
        <translation>Keine Telefonanwendung hat %1 übernommen. Bitte von Hand wählen.</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <location filename="../models/customerhistory.cpp" line="+99"/>
        <source>%n no-show(s) in the last 12 months</source>
        <translation>
            <numerusform>%n-mal nicht erschienen in den letzten 12 Monaten</numerusform>
            <numerusform>%n-mal nicht erschienen in den letzten 12 Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistoryModel</name>
    <message>
        <location filename="../models/customerhistorymodel.cpp" line="+60"/>
        <source>%1 (upcoming)</source>
        <translation>%1 (anstehend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../views/customerpanel.cpp" line="+33"/>
        <location line="+86"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show warning</source>
        <translation>Warnung: nicht erschienen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status:</source>
        <translation>Anfragestatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits:</source>
        <translation>Besuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last no-show:</source>
        <translation>Zuletzt nicht erschienen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings of this customer</source>
        <translation>Termine dieses Kunden</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a booking to see its customer.</source>
        <translation>Wählen Sie einen Termin, um seinen Kunden zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This booking has no customer record (no lead), so there is no history to show.</source>
        <translation>Dieser Termin hat keinen Kundendatensatz (keinen Lead) und damit keine Vorgeschichte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 completed · %2 no-shows · %3 cancelled · %4 upcoming</source>
        <translation>%1 erledigt · %2 nicht erschienen · %3 abgesagt · %4 anstehend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>DatePreset</name>
    <message>
        <location filename="../models/datepreset.cpp" line="+23"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All dates</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookings today.</source>
        <translation>Heute keine Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings tomorrow.</source>
        <translation>Morgen keine Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings this week.</source>
        <translation>Diese Woche keine Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No upcoming bookings.</source>
        <translation>Keine anstehenden Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No past bookings.</source>
        <translation>Keine vergangenen Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings in the chosen dates.</source>
        <translation>Keine Termine im gewählten Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings with the chosen statuses.</source>
        <translation>Keine Termine mit den gewählten Status.</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../views/daysheet.cpp" line="+60"/>
        <source>Day sheet for %1</source>
        <translation>Tagesliste für %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n booking(s), times in %1. Printed %2.</source>
        <translation>
            <numerusform>%n Termin, Zeiten in %1. Gedruckt am %2.</numerusform>
            <numerusform>%n Termine, Zeiten in %1. Gedruckt am %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bookings on this day.</source>
        <translation>An diesem Tag gibt es keine Termine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../views/daysheetdialog.cpp" line="+12"/>
        <source>Include &amp;cancelled bookings</source>
        <translation>&amp;Abgesagte Termine einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Day Sheet</source>
        <translation>Tagesliste drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Day Sheet as PDF</source>
        <translation>Tagesliste als PDF exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../network/demoserver.cpp" line="+18"/>
        <source>The demo server could not be started (%1): %2</source>
        <translation>Der Demo-Server konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>Der Demo-Server wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../views/desktopnotifier.cpp" line="+31"/>
        <source>Show Frontdesk</source>
        <translation>Frontdesk anzeigen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Frontdesk – today %1 waiting, %2 late</source>
        <translation>Frontdesk – heute %1 wartend, %2 verspätet</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <location filename="../views/dialogprompter.cpp" line="+25"/>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Cancel booking</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reason for the cancellation</source>
        <translation>Grund für die Absage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “Practitioner ill”</source>
        <translation>Optional, z. B. „Behandlerin krank“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep booking</source>
        <translation>Termin behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting link and notes</source>
        <translation>Meeting-Link und Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting link must be an http(s):// address.</source>
        <translation>Der Meeting-Link muss eine http(s)://-Adresse sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting &amp;link:</source>
        <translation>Meeting-&amp;Link:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../views/exportactions.cpp" line="+49"/>
        <source>&amp;Export List…</source>
        <translation>&amp;Liste exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Day Sheet…</source>
        <translation>Tagesliste &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Day Sheet as P&amp;DF…</source>
        <translation>Tagesliste als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the bookings shown in the list as CSV or iCalendar (.ics) (Ctrl+E)</source>
        <translation>Die in der Liste angezeigten Termine als CSV oder iCalendar (.ics) speichern (Strg+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one day&apos;s bookings with a box to tick for each</source>
        <translation>Die Termine eines Tages drucken, mit einem Kästchen zum Abhaken für jeden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save one day&apos;s bookings as a PDF</source>
        <translation>Die Termine eines Tages als PDF speichern</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list shows no bookings: there is nothing to export.</source>
        <translation>Die Liste zeigt keine Termine: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar for calendar programs (*.ics)</source>
        <translation>iCalendar für Kalenderprogramme (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bookings-%1.csv</source>
        <translation>termine-%1.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be saved to %1: %2</source>
        <translation>Die Liste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n booking(s) exported to %1</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert</numerusform>
            <numerusform>%n Termine nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day sheet sent to the printer.</source>
        <translation>Tagesliste an den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>day-sheet-%1.pdf</source>
        <translation>tagesliste-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Day Sheet as PDF</source>
        <translation>Tagesliste als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day sheet could not be saved to %1: %2</source>
        <translation>Die Tagesliste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day sheet saved to %1</source>
        <translation>Tagesliste in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <location filename="../views/freedesktopnotifications.cpp" line="+106"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../models/insights.cpp" line="+181"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>under 1 day</source>
        <translation>unter 1 Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ days</source>
        <translation>%1+ Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No-show rate = no-shows ÷ (completed + no-shows). Cancellation rate = cancellations ÷ all bookings.</source>
        <translation>Quote „Nicht erschienen“ = nicht erschienen ÷ (erledigt + nicht erschienen). Absagequote = Absagen ÷ alle Termine.</translation>
    </message>
</context>
<context>
    <name>InsightsChartCard</name>
    <message>
        <location filename="../views/insightschartcard.cpp" line="+148"/>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save “%1” as PNG</source>
        <translation>„%1“ als PNG speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No-show rate</source>
        <translation>Quote „Nicht erschienen“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancellation rate</source>
        <translation>Absagequote</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <location filename="../models/insightstablemodel.cpp" line="+56"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked ahead</source>
        <translation>Im Voraus gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Bookings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No-show rate</source>
        <translation>Quote „Nicht erschienen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation rate</source>
        <translation>Absagequote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../views/insightsview.cpp" line="+72"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page as PDF…</source>
        <translation>Seite als PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers as CSV…</source>
        <translation>Zahlen als CSV …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every Chart as PNG…</source>
        <translation>Alle Diagramme als PNG …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookings by status</source>
        <translation>Termine nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows and cancellations by weekday</source>
        <translation>Nicht erschienen und Absagen nach Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows and cancellations by hour of day</source>
        <translation>Nicht erschienen und Absagen nach Tageszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows and cancellations by service</source>
        <translation>Nicht erschienen und Absagen nach Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows and cancellations by channel</source>
        <translation>Nicht erschienen und Absagen nach Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far ahead customers book</source>
        <translation>Wie weit im Voraus Kunden buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with the most no-shows</source>
        <translation>Kunden, die am häufigsten nicht erschienen sind</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Per day, by start time (%1).</source>
        <translation>Pro Tag, nach Beginn (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per week (Monday to Sunday), by start time (%1).</source>
        <translation>Pro Woche (Montag bis Sonntag), nach Beginn (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days from booking (created) to the start. Median %1 days, 90th percentile %2 days.</source>
        <translation>Tage von der Buchung (angelegt) bis zum Beginn. Median %1 Tage, 90. Perzentil %2 Tage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days from booking (created) to the start.</source>
        <translation>Tage von der Buchung (angelegt) bis zum Beginn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer missed a booking in this range.</source>
        <translation>In diesem Zeitraum hat kein Kunde einen Termin versäumt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a customer (or press Enter in the table) to select their latest booking.</source>
        <translation>Klicken Sie auf einen Kunden (oder drücken Sie in der Tabelle die Eingabetaste), um seinen letzten Termin auszuwählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No bookings start between %1 and %2.
Choose another range to see insights.</source>
        <translation>Zwischen %1 und %2 beginnen keine Termine.
Wählen Sie einen anderen Zeitraum für Auswertungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrived at the desk: %1</source>
        <translation>am Empfang angekommen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings from %2 to %3 (%4) — %5</source>
        <translation>%1 Termine vom %2 bis %3 (%4) — %5</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+21"/>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Charts to Folder</source>
        <translation>Diagramme in Ordner exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Insights</source>
        <translation>Auswertungen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Numbers</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>LeadInfo</name>
    <message>
        <location filename="../models/leadinfo.cpp" line="+26"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking offered</source>
        <translation>Termin angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown</source>
        <comment>lead channel</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>lead status</comment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="+55"/>
        <source>Manage the day&apos;s appointments of an Empfio organization.</source>
        <translation>Die Termine des Tages einer Empfio-Organisation verwalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a local demo server with sample data and sign in to it.</source>
        <translation>Einen lokalen Demo-Server mit Beispieldaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empfio server address (default: $FRONTDESK_SERVER).</source>
        <translation>Adresse des Empfio-Servers (Standard: $FRONTDESK_SERVER).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the local cache (default: $FRONTDESK_DATA_DIR).</source>
        <translation>Ordner für den lokalen Zwischenspeicher (Standard: $FRONTDESK_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of sample bookings in demo mode.</source>
        <translation>Anzahl der Beispieltermine im Demo-Modus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The local booking cache %1 cannot be opened: %2</source>
        <translation>Der lokale Terminspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A change needs your decision</source>
        <translation>Eine Änderung braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frontdesk – demo</source>
        <translation>Frontdesk – Demo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+117"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Not signed in: showing cached bookings. Sign in to sync again.</source>
        <translation>Nicht angemeldet: Gespeicherte Termine werden angezeigt. Melden Sie sich an, um wieder zu synchronisieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your session ends at %1: sign in again to keep syncing.</source>
        <translation>Ihre Sitzung endet um %1: Melden Sie sich erneut an, damit weiter synchronisiert wird.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in to %1 to switch to its bookings.</source>
        <translation>Melden Sie sich bei %1 an, um zu dessen Terminen zu wechseln.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out of %1. Delete the bookings cached on this computer for this account?</source>
        <translation>Sie sind von %1 abgemeldet. Sollen die auf diesem Computer gespeicherten Termine dieses Kontos gelöscht werden?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cached bookings could not be deleted: %1</source>
        <translation>Die gespeicherten Termine konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking the session token…</source>
        <translation>Sitzungstoken wird geprüft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FRONTDESK_TOKEN could not be checked: %1</source>
        <translation>FRONTDESK_TOKEN konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+523"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline indicator</source>
        <translation>Offline-Anzeige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings shown</source>
        <translation>Angezeigte Termine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowactions.cpp" line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the latest bookings from the server (F5)</source>
        <translation>Die neuesten Termine vom Server abrufen (F5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next booking from now (Ctrl+T)</source>
        <translation>Zum nächsten anstehenden Termin springen (Strg+T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the bookings as a list (Ctrl+1)</source>
        <translation>Die Termine als Liste zeigen (Strg+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the bookings in a calendar (Ctrl+2)</source>
        <translation>Die Termine im Kalender zeigen (Strg+2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show today&apos;s bookings by what happens next (Ctrl+3)</source>
        <translation>Die heutigen Termine danach zeigen, was als Nächstes ansteht (Strg+3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show charts of the bookings: no-shows, cancellations, lead time (Ctrl+4)</source>
        <translation>Diagramme der Termine anzeigen: Nicht erschienen, Absagen, Vorlauf (Strg+4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status filter…</source>
        <translation>S&amp;tatusfilter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date filter</source>
        <translation>&amp;Datumsfilter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again, or to another account or server</source>
        <translation>Erneut anmelden oder bei einem anderen Konto oder Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session on this computer; cached bookings can be kept</source>
        <translation>Die Sitzung auf diesem Computer beenden; gespeicherte Termine können erhalten bleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;witch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the server does not have yet, and conflicts to resolve (Ctrl+5)</source>
        <translation>Änderungen, die der Server noch nicht hat, und zu lösende Konflikte (Strg+5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+125"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local cache could not be written: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Offline: showing bookings cached at %1. Reconnecting…</source>
        <translation>Offline: Termine vom Stand %1 werden angezeigt. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 statuses</source>
        <translation>%1 von %2 Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered like the list: %1</source>
        <translation>Gefiltert wie die Liste: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n booking(s) shown</source>
        <translation>
            <numerusform>%1 von %n Termin angezeigt</numerusform>
            <numerusform>%1 von %n Terminen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the cached bookings…</source>
        <translation>Die gespeicherten Buchungen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings cached yet: they appear here after the first sync.</source>
        <translation>Noch keine Termine gespeichert: Sie erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No booking matches “%1”.</source>
        <translation>Kein Termin passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No status selected: choose statuses in the Status filter.</source>
        <translation>Kein Status ausgewählt: Wählen Sie Status im Statusfilter aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowactions.cpp" line="+72"/>
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n Änderung nicht gesendet</numerusform>
            <numerusform>%n Änderungen nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1, %2 to resolve</source>
        <translation>⚠ %1, %2 zu lösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open View › Changes (Ctrl+5)</source>
        <translation>Ansicht › Änderungen öffnen (Strg+5)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+97"/>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>This booking has no phone number to call.</source>
        <translation type="vanished">Für diesen Termin ist keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="vanished">%1 wird angerufen…</translation>
    </message>
    <message>
        <source>No program on this computer makes calls: dial %1 by hand.</source>
        <translation type="vanished">Kein Programm auf diesem Computer kann anrufen: Wählen Sie %1 von Hand.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No bookings today.</source>
        <translation type="vanished">Heute keine Termine.</translation>
    </message>
    <message>
        <source>No bookings tomorrow.</source>
        <translation type="vanished">Morgen keine Termine.</translation>
    </message>
    <message>
        <source>No bookings this week.</source>
        <translation type="vanished">Diese Woche keine Termine.</translation>
    </message>
    <message>
        <source>No upcoming bookings.</source>
        <translation type="vanished">Keine anstehenden Termine.</translation>
    </message>
    <message>
        <source>No past bookings.</source>
        <translation type="vanished">Keine vergangenen Termine.</translation>
    </message>
    <message>
        <source>No bookings in the chosen dates.</source>
        <translation type="vanished">Keine Termine im gewählten Zeitraum.</translation>
    </message>
    <message>
        <source>No bookings with the chosen statuses.</source>
        <translation type="vanished">Keine Termine mit den gewählten Status.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Offline: showing bookings cached at %1.</source>
        <translation>Offline: Termine vom Stand %1 werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowloading.cpp" line="+29"/>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings loaded</source>
        <translation>Geladene Buchungen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Loading %Ln booking(s)…</source>
        <translation>
            <numerusform>%Ln Buchung wird geladen…</numerusform>
            <numerusform>%Ln Buchungen werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>All %Ln booking(s) loaded.</source>
        <translation>
            <numerusform>Die %Ln Buchung ist geladen.</numerusform>
            <numerusform>Alle %Ln Buchungen geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <location filename="../network/notificationplanner.cpp" line="+240"/>
        <source>New booking</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+121"/>
        <source>%1, %2</source>
        <comment>customer, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Booking cancelled</source>
        <translation>Termin abgesagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booking moved</source>
        <translation>Termin verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <comment>customer, old time, new time</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Beginnt in %n Minute</numerusform>
            <numerusform>Beginnt in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <comment>customer, time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer is late</source>
        <translation>Kunde ist verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was expected at %2 and has not arrived.</source>
        <translation>%1 wurde um %2 erwartet und ist nicht angekommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n new booking(s)</source>
        <translation>
            <numerusform>%n neuer Termin</numerusform>
            <numerusform>%n neue Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n booking(s) moved or cancelled elsewhere</source>
        <translation>
            <numerusform>%n Termin anderswo verschoben oder abgesagt</numerusform>
            <numerusform>%n Termine anderswo verschoben oder abgesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n booking(s) starting soon</source>
        <translation>
            <numerusform>%n Termin beginnt bald</numerusform>
            <numerusform>%n Termine beginnen bald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) late</source>
        <translation>
            <numerusform>%n Kunde verspätet</numerusform>
            <numerusform>%n Kunden verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unnamed customer</source>
        <translation>Kunde ohne Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>customer (service)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RescheduleCheck</name>
    <message>
        <location filename="../views/reschedulecheck.cpp" line="+19"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../views/rescheduledialog.cpp" line="+41"/>
        <source>&amp;Custom time</source>
        <translation>&amp;Eigene Zeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule – %1</source>
        <translation>Verschieben – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> day(s)</source>
        <translation> Tag(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show slots</source>
        <translation>Freie Termine &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Available slots</source>
        <translation>Freie Termine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom start</source>
        <translation>Eigener Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change to send</source>
        <translation>Zu sendende Änderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No-show warning</source>
        <translation>Warnung: nicht erschienen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading available slots…</source>
        <translation>Freie Termine werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The available slots could not be loaded: %1 You can still enter a custom time.</source>
        <translation>Die freien Termine konnten nicht geladen werden: %1 Sie können trotzdem eine eigene Zeit eingeben.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No available slots in these days.</source>
        <translation>Keine freien Termine an diesen Tagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n available slot(s).</source>
        <translation>
            <numerusform>%n freier Termin.</numerusform>
            <numerusform>%n freie Termine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a slot or enter a custom time.</source>
        <translation>Wählen Sie einen freien Termin oder geben Sie eine eigene Zeit ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This custom time is not one of the offered slots: make sure the practitioner is available.</source>
        <translation>Diese eigene Zeit ist keiner der angebotenen Termine: Stellen Sie sicher, dass die Behandlerin oder der Behandler Zeit hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change: %1 → %2</source>
        <translation>Änderung: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clocks change (daylight saving time) in between.</source>
        <translation>Dazwischen wird die Uhr umgestellt (Sommerzeit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <location filename="../network/sessionmanager.cpp" line="+102"/>
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The e-mail address or the password is not correct.</source>
        <translation>E-Mail-Adresse oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You are signed in, but the sign-in could not be saved, so it lasts until Frontdesk is closed. %1</source>
        <translation>Sie sind angemeldet, aber die Anmeldung konnte nicht gespeichert werden; sie gilt daher nur, bis Frontdesk geschlossen wird. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You are signed out, but the saved sign-in could not be removed from the system keychain. %1</source>
        <translation>Sie sind abgemeldet, aber die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems entfernt werden. %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+100"/>
        <location line="+16"/>
        <source>Your session has ended, please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen, bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The saved sign-in could not be read. %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="+54"/>
        <source>Snap only to &amp;available slots</source>
        <translation>Nur auf &amp;freie Zeitfenster einrasten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;bookings</source>
        <translation>&amp;Neue Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings &amp;moved or cancelled elsewhere</source>
        <translation>Anderswo &amp;verschobene oder abgesagte Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders before a booking starts</source>
        <translation>&amp;Erinnerung vor Beginn eines Termins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late c&amp;ustomers</source>
        <translation>Ver&amp;spätete Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>https://bookings.example.com</source>
        <translation>https://termine.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (refresh by hand)</source>
        <translation>Nie (von Hand aktualisieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh every:</source>
        <translation>Aktualisieren all&amp;e:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display time zone</source>
        <translation>Zeitzone der Anzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Display &amp;time zone:</source>
        <translation>&amp;Zeitzone der Anzeige:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap step</source>
        <translation>Rasterschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snap to:</source>
        <translation>&amp;Einrasten auf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dragged bookings land only on times the server offers</source>
        <translation>Verschobene Termine landen nur auf Zeiten, die der Server anbietet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business hours start</source>
        <translation>Beginn der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours end</source>
        <translation>Ende der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Business hours:</source>
        <translation>&amp;Geschäftszeiten:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show bookings that are:</source>
        <translation>Termine mit diesem Status zeigen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default dates</source>
        <translation>Standardzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list starts with these filters and returns to them when they are changed here.</source>
        <translation>Die Liste beginnt mit diesen Filtern und kehrt zu ihnen zurück, wenn sie hier geändert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bookings that arrived since the last refresh, such as the ones the AI receptionist made</source>
        <translation>Termine, die seit dem letzten Abgleich hinzugekommen sind, etwa die der KI-Rezeption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made on the server or at another desk, not here</source>
        <translation>Änderungen auf dem Server oder an einem anderen Empfang, nicht hier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> minutes before</source>
        <translation> Minuten vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder minutes before the start</source>
        <translation>Erinnerung in Minuten vor Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remin&amp;d:</source>
        <translation>Er&amp;innern:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer not marked as arrived some minutes after the start</source>
        <translation>Ein Kunde, der einige Minuten nach Beginn nicht als angekommen markiert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes after the start</source>
        <translation> Minuten nach Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes after the start until a customer is late</source>
        <translation>Minuten nach Beginn, bis ein Kunde als verspätet gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;te after:</source>
        <translation>Verspä&amp;tet nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than five at once come as one summary. Nothing is shown for the first refresh of an account.</source>
        <translation>Mehr als fünf auf einmal kommen als eine Zusammenfassung. Beim ersten Abgleich eines Kontos wird nichts angezeigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another server means another account with its own bookings: you will be asked to sign in there. The bookings of this account stay cached.</source>
        <translation>Ein anderer Server bedeutet ein anderes Konto mit eigenen Terminen: Sie werden gebeten, sich dort anzumelden. Die Termine dieses Kontos bleiben gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each server has its own account and its own cached bookings.</source>
        <translation>Jeder Server hat sein eigenes Konto und seine eigenen gespeicherten Termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language is chosen when Frontdesk starts.</source>
        <translation>Die Sprache wird beim Start von Frontdesk gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when Frontdesk is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Frontdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a server address, for example https://bookings.example.com.</source>
        <translation>„%1“ ist keine Serveradresse wie zum Beispiel https://bookings.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use an https:// address: plain http:// is only allowed for a server on this computer.</source>
        <translation>Verwenden Sie eine https://-Adresse: Einfaches http:// ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a time zone: choose one from the list.</source>
        <translation>„%1“ ist keine Zeitzone: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business hours must end after they start.</source>
        <translation>Die Geschäftszeiten müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one status for the list to show.</source>
        <translation>Wählen Sie mindestens einen Status, den die Liste zeigt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/signindialog.cpp" line="+38"/>
        <source>Sign in to Frontdesk</source>
        <translation>Bei Frontdesk anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need to sign in</source>
        <translation>Warum Sie sich anmelden müssen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://bookings.example.com</source>
        <translation>https://termine.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address problem</source>
        <translation>Problem mit der Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the &amp;demo server (sample bookings on this computer)</source>
        <translation>&amp;Demo-Server verwenden (Beispieltermine auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the demo server</source>
        <translation>Demo-Server verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <location line="+20"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Signing In…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>&amp;Start Demo</source>
        <translation>Demo s&amp;tarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the address of your Empfio server.</source>
        <translation>Geben Sie die Adresse Ihres Empfio-Servers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a server address, for example https://bookings.example.com.</source>
        <translation>„%1“ ist keine Serveradresse wie zum Beispiel https://bookings.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use an https:// address: plain http:// is only allowed for a server on this computer.</source>
        <translation>Verwenden Sie eine https://-Adresse: Einfaches http:// ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../views/todayboard.cpp" line="+33"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s summary</source>
        <translation>Übersicht für heute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s bookings by group</source>
        <translation>Heutige Termine nach Gruppen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No bookings today</source>
        <translation>Heute keine Termine</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Call the customer</source>
        <translation>Kunden &amp;anrufen</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n verspätet</numerusform>
            <numerusform>%n verspätet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not synced yet: today&apos;s bookings appear here after the first sync.</source>
        <translation>Noch nicht abgeglichen: Die heutigen Termine erscheinen hier nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings today in the cache of %1 (offline).</source>
        <translation>Heute keine Termine in der lokalen Kopie von %1 (offline).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookings today.</source>
        <translation>Heute keine Termine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>offline, cache of %1</source>
        <translation>offline, lokale Kopie von %1</translation>
    </message>
</context>
<context>
    <name>TodayBoardModel</name>
    <message>
        <location filename="../models/todayboardmodel.cpp" line="+73"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived, waiting</source>
        <translation>Angekommen, wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done today</source>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled today</source>
        <translation>Heute abgesagt</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Als Nächstes tun</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (⚠ %2)</source>
        <translation>%1 (⚠ %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n min late</source>
        <translation>
            <numerusform>%n Min. zu spät</numerusform>
            <numerusform>%n Min. zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>started %n min ago</source>
        <translation>
            <numerusform>vor %n Min. begonnen</numerusform>
            <numerusform>vor %n Min. begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting since %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended</source>
        <translation>vorbei</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <location filename="../network/tokenstore.cpp" line="+15"/>
        <source>No saved sign-in was found for this account. Please sign in again.</source>
        <translation>Für dieses Konto wurde keine gespeicherte Anmeldung gefunden. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is unavailable, so the sign-in cannot be saved or read. Make sure a keychain service (such as GNOME Keyring or KWallet) is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann die Anmeldung weder gespeichert noch gelesen werden. Stellen Sie sicher, dass ein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused access to the saved sign-in. Unlock the keychain or allow Frontdesk to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf die gespeicherte Anmeldung verweigert. Entsperren Sie den Schlüsselbund oder erlauben Sie Frontdesk den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain reported an error. Please try again; if it keeps happening, tell your administrator.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet. Bitte versuchen Sie es erneut; wenn das wiederholt passiert, informieren Sie Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>climain</name>
    <message>
        <source>Frontdesk on the command line: keeps a local copy of an Empfio organization&apos;s bookings, lists and exports it (also offline), and changes bookings.

Commands (frontdesk-cli COMMAND --help for details):
  login --email ADDRESS      sign in; the password is read from standard input
                             when that is not a terminal, else asked for
  logout                     remove the saved session from the system keychain
  whoami                     show the signed-in user and organization
  sync                       send waiting changes, then update the local copy
  list [FILTERS] [--json]    list bookings of the local copy by start time
  export --format csv|ics [--output FILE] [FILTERS]
  reschedule ID START [END]  move a booking (END: START plus its length)
  cancel ID [--reason TEXT]  cancel a booking
  no-show ID                 mark a booking as a no-show
  complete ID                mark a booking as completed
  outbox [discard N|apply N] changes the server does not have yet

FILTERS: --from DATE, --to DATE (YYYY-MM-DD in local time, --to included, or a
date-time), --status STATUS (repeatable), --search TEXT.
Changes take --force to apply even if the booking changed on the server.

Environment:
  FRONTDESK_SERVER    server address (like --server)
  FRONTDESK_DATA_DIR  folder of the local copy (like --data-dir)
  FRONTDESK_TOKEN     session token to use instead of the one saved by login;
                      its account is the token&apos;s own. Never saved anywhere.

Exit status: 0 done or queued in the outbox, 1 error, 2 conflict.</source>
        <translation type="vanished">Frontdesk auf der Kommandozeile: hält eine lokale Kopie der Termine einer Empfio-Organisation, listet und exportiert sie (auch offline) und ändert Termine.

Befehle (frontdesk-cli BEFEHL --help für Details):
  login --email ADRESSE      anmelden; das Passwort wird von der Standardeingabe
                             gelesen, wenn diese kein Terminal ist, sonst abgefragt
  logout                     gespeicherte Sitzung aus dem Schlüsselbund entfernen
  whoami                     angemeldeten Benutzer und Organisation anzeigen
  sync                       wartende Änderungen senden, dann lokale Kopie aktualisieren
  list [FILTER] [--json]     Termine der lokalen Kopie nach Beginn auflisten
  export --format csv|ics [--output DATEI] [FILTER]
  reschedule ID BEGINN [ENDE] Termin verschieben (ENDE: BEGINN plus seine Dauer)
  cancel ID [--reason TEXT]  Termin absagen
  no-show ID                 Termin als „Nicht erschienen“ markieren
  complete ID                Termin als erledigt markieren
  outbox [discard N|apply N] Änderungen, die der Server noch nicht hat

FILTER: --from DATUM, --to DATUM (JJJJ-MM-TT in Ortszeit, --to einschließlich,
oder ein Zeitpunkt), --status STATUS (wiederholbar), --search TEXT.
Änderungen nehmen --force, um auch dann zu gelten, wenn der Termin auf dem
Server geändert wurde.

Umgebung:
  FRONTDESK_SERVER    Serveradresse (wie --server)
  FRONTDESK_DATA_DIR  Ordner der lokalen Kopie (wie --data-dir)
  FRONTDESK_TOKEN     Sitzungstoken statt des bei login gespeicherten;
                      das Konto ist das des Tokens. Wird nirgends gespeichert.

Exit-Status: 0 erledigt oder im Postausgang, 1 Fehler, 2 Konflikt.</translation>
    </message>
    <message>
        <source>Frontdesk on the command line: keeps a local copy of an Empfio organization&apos;s bookings, lists and exports it (also offline), and changes bookings.

Commands (frontdesk-cli COMMAND --help for details):
  login --email ADDRESS      sign in; the password is read from standard input
                             when that is not a terminal, else asked for
  logout                     remove the saved session from the system keychain
  whoami                     show the signed-in user and organization
  sync                       send waiting changes, then update the local copy
  list [FILTERS] [--json]    list bookings of the local copy by start time
  export --format csv|ics [--output FILE] [FILTERS]
  reschedule ID START [END]  move a booking (END: START plus its length)
  cancel ID [--reason TEXT]  cancel a booking
  no-show ID                 mark a booking as a no-show
  complete ID                mark a booking as completed
  arrive ID                  the customer is at the desk (from 2 hours before the
                             start until the end; every desk sees it)
  unarrive ID                take back an arrival marked by mistake
  outbox [discard N|apply N] changes the server does not have yet

FILTERS: --from DATE, --to DATE (YYYY-MM-DD in local time, --to included, or a
date-time), --status STATUS (repeatable), --search TEXT.
Changes take --force to apply even if the booking changed on the server.

Environment:
  FRONTDESK_SERVER    server address (like --server)
  FRONTDESK_DATA_DIR  folder of the local copy (like --data-dir)
  FRONTDESK_TOKEN     session token to use instead of the one saved by login;
                      its account is the token&apos;s own. Never saved anywhere.

Exit status: 0 done or queued in the outbox, 1 error, 2 conflict.</source>
        <translation type="vanished">Frontdesk auf der Kommandozeile: hält eine lokale Kopie der Termine einer Empfio-Organisation, listet und exportiert sie (auch offline) und ändert Termine.

Befehle (frontdesk-cli BEFEHL --help für Details):
  login --email ADRESSE      anmelden; das Passwort wird von der Standardeingabe
                             gelesen, wenn diese kein Terminal ist, sonst abgefragt
  logout                     gespeicherte Sitzung aus dem Schlüsselbund entfernen
  whoami                     angemeldeten Benutzer und Organisation anzeigen
  sync                       wartende Änderungen senden, dann lokale Kopie aktualisieren
  list [FILTER] [--json]     Termine der lokalen Kopie nach Beginn auflisten
  export --format csv|ics [--output DATEI] [FILTER]
  reschedule ID BEGINN [ENDE] Termin verschieben (ENDE: BEGINN plus seine Dauer)
  cancel ID [--reason TEXT]  Termin absagen
  no-show ID                 Termin als „Nicht erschienen“ markieren
  complete ID                Termin als „Erledigt“ markieren
  arrive ID                  der Kunde ist am Empfang (ab 2 Stunden vor Beginn bis
                             zum Ende; jeder Empfang sieht es)
  unarrive ID                versehentlich markierte Ankunft zurücknehmen
  outbox [discard N|apply N] Änderungen, die der Server noch nicht hat

FILTER: --from DATUM, --to DATUM (JJJJ-MM-TT in Ortszeit, --to einschließlich,
oder ein Zeitpunkt), --status STATUS (wiederholbar), --search TEXT.
Änderungen nehmen --force, um auch dann zu gelten, wenn der Termin auf dem
Server geändert wurde.

Umgebung:
  FRONTDESK_SERVER    Serveradresse (wie --server)
  FRONTDESK_DATA_DIR  Ordner der lokalen Kopie (wie --data-dir)
  FRONTDESK_TOKEN     Sitzungstoken statt des bei login gespeicherten;
                      das Konto ist das des Tokens. Wird nirgends gespeichert.

Exit-Status: 0 erledigt oder im Postausgang, 1 Fehler, 2 Konflikt.</translation>
    </message>
    <message>
        <location filename="../app/climain.cpp" line="+47"/>
        <source>Frontdesk on the command line: keeps a local copy of an Empfio organization&apos;s bookings, lists and exports it (also offline), and changes bookings.

Commands (frontdesk-cli COMMAND --help for details):
  login --email ADDRESS      sign in; the password is read from standard input
                             when that is not a terminal, else asked for
  logout                     remove the saved session from the system keychain
  whoami                     show the signed-in user and organization
  sync                       send waiting changes, then update the local copy
  list [FILTERS] [--json]    list bookings of the local copy by start time
  export --format csv|ics [--output FILE] [FILTERS]
  reschedule ID START [END]  move a booking (END: START plus its length)
  cancel ID [--reason TEXT]  cancel a booking
  no-show ID                 mark a booking as a no-show
  complete ID                mark a booking as completed
  arrive ID                  the customer is at the desk (from 2 hours before the
                             start until the end; every desk sees it)
  unarrive ID                take back an arrival marked by mistake
  outbox [discard N|apply N] changes the server does not have yet
  history BOOKING_ID | --lead LEAD_ID [--json]
                             a customer&apos;s bookings, visits, no-shows and
                             cancellations
  insights [--from DATE] [--to DATE] [--json]
                             bookings by status, weekday, hour, service, channel
                             and lead time; the customers with most no-shows

FILTERS: --from DATE, --to DATE (YYYY-MM-DD in local time, --to included, or a
date-time), --status STATUS (repeatable), --search TEXT.
Changes take --force to apply even if the booking changed on the server.

Environment:
  FRONTDESK_SERVER    server address (like --server)
  FRONTDESK_DATA_DIR  folder of the local copy (like --data-dir)
  FRONTDESK_TOKEN     session token to use instead of the one saved by login;
                      its account is the token&apos;s own. Never saved anywhere.

Exit status: 0 done or queued in the outbox, 1 error, 2 conflict.</source>
        <translation>Frontdesk auf der Kommandozeile: hält eine lokale Kopie der Termine einer Empfio-Organisation, listet und exportiert sie (auch offline) und ändert Termine.

Befehle (frontdesk-cli BEFEHL --help für Details):
  login --email ADRESSE      anmelden; das Passwort wird von der Standardeingabe
                             gelesen, wenn diese kein Terminal ist, sonst abgefragt
  logout                     gespeicherte Sitzung aus dem Schlüsselbund entfernen
  whoami                     angemeldeten Benutzer und Organisation anzeigen
  sync                       wartende Änderungen senden, dann lokale Kopie aktualisieren
  list [FILTER] [--json]     Termine der lokalen Kopie nach Beginn auflisten
  export --format csv|ics [--output DATEI] [FILTER]
  reschedule ID BEGINN [ENDE] Termin verschieben (ENDE: BEGINN plus seine Dauer)
  cancel ID [--reason TEXT]  Termin absagen
  no-show ID                 Termin als „Nicht erschienen“ markieren
  complete ID                Termin als „Erledigt“ markieren
  arrive ID                  der Kunde ist am Empfang (ab 2 Stunden vor Beginn bis
                             zum Ende; jeder Empfang sieht es)
  unarrive ID                versehentlich markierte Ankunft zurücknehmen
  outbox [discard N|apply N] Änderungen, die der Server noch nicht hat
  history TERMIN_ID | --lead LEAD_ID [--json]
                             Termine eines Kunden: Besuche, „Nicht erschienen“
                             und abgesagte Termine
  insights [--from DATUM] [--to DATUM] [--json]
                             Termine nach Status, Wochentag, Stunde, Leistung, Kanal
                             und Vorlaufzeit; die Kunden, die am häufigsten nicht
                             erschienen sind

FILTER: --from DATUM, --to DATUM (JJJJ-MM-TT in Ortszeit, --to einschließlich,
oder ein Zeitpunkt), --status STATUS (wiederholbar), --search TEXT.
Änderungen nehmen --force, um auch dann zu gelten, wenn der Termin auf dem
Server geändert wurde.

Umgebung:
  FRONTDESK_SERVER    Serveradresse (wie --server)
  FRONTDESK_DATA_DIR  Ordner der lokalen Kopie (wie --data-dir)
  FRONTDESK_TOKEN     Sitzungstoken statt des bei login gespeicherten;
                      das Konto ist das des Tokens. Wird nirgends gespeichert.

Exit-Status: 0 erledigt oder im Postausgang, 1 Fehler, 2 Konflikt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See: frontdesk-cli --help</source>
        <translation>Siehe: frontdesk-cli --help</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>frontdesk-cli: unknown command “%1”. See: frontdesk-cli --help</source>
        <translation>frontdesk-cli: unbekannter Befehl „%1“. Siehe: frontdesk-cli --help</translation>
    </message>
</context>
</TS>
