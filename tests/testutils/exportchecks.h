#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Readers that check what the exporters write from the outside, shared by the exporter
// tests and the main window's export tests.
namespace ExportChecks {

// RFC 4180, strictly: records end with CRLF, a bare CR or LF is allowed only inside quotes,
// quotes inside a quoted field are doubled. A leading byte order mark is skipped. Returns
// nullopt for anything else.
std::optional<QList<QStringList>> parseCsv(QString text);

// A Python interpreter that can import icalendar (FRONTDESK_PYTHON first, then Debian's
// own: a pyenv or venv python3 on PATH lacks python3-icalendar); empty when there is none.
QString pythonWithIcalendar();

} // namespace ExportChecks
