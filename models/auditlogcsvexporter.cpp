#include "auditlogcsvexporter.h"

#include "bookingcsvexporter.h"
#include "bookingjson.h"

QStringList AuditLogCsvExporter::columnNames()
{
    return {QStringLiteral("time"),    QStringLiteral("actor"),       QStringLiteral("booking_id"),
            QStringLiteral("action"),  QStringLiteral("details"),     QStringLiteral("result"),
            QStringLiteral("message"), QStringLiteral("before_json"), QStringLiteral("after_json")};
}

QStringList AuditLogCsvExporter::row(const AuditEntry &entry)
{
    return {BookingJson::formatDateTime(entry.at.toUTC()),
            entry.actor,
            entry.bookingId,
            entry.action,
            entry.details,
            entry.result,
            entry.message,
            QString::fromUtf8(entry.beforeJson),
            QString::fromUtf8(entry.afterJson)};
}

QByteArray AuditLogCsvExporter::toCsv(const QList<AuditEntry> &entries)
{
    const auto line = [](const QStringList &values) -> QString {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &value : values)
            fields.append(BookingCsvExporter::field(value));
        return fields.join(u',') + QStringLiteral("\r\n");
    };
    QString text = line(columnNames());
    for (const AuditEntry &entry : entries)
        text += line(row(entry));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
