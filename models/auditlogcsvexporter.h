#pragma once

#include "auditentry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The audit log as CSV, in the same form as BookingCsvExporter (UTF-8 with BOM, CRLF,
// RFC 4180 quoting, times in UTC ISO 8601) and with the same formula defusing: a reason or
// a server message typed by someone else must never run as a spreadsheet formula.
class AuditLogCsvExporter
{
public:
    static QByteArray toCsv(const QList<AuditEntry> &entries);

    static QStringList columnNames();
    static QStringList row(const AuditEntry &entry); // raw values, before defusing and quoting
};
