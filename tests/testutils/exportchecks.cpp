#include "exportchecks.h"

#include <QProcess>
#include <QtGlobal>

namespace ExportChecks {

std::optional<QList<QStringList>> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote in the middle of an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            return std::nullopt;
        } else {
            if (wasQuoted)
                return std::nullopt; // text after the closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return records;
}

QString pythonWithIcalendar()
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("FRONTDESK_PYTHON"))
        candidates.append(qEnvironmentVariable("FRONTDESK_PYTHON"));
    candidates += {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")};
    for (const QString &candidate : candidates) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace ExportChecks
