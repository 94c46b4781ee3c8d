#include "sqlvalues.h"

#include "bookingstatus.h"
#include "cachelogging.h"

#include <QSqlError>

QVariant SqlValues::msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlValues::textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime SqlValues::fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<qint64> SqlValues::optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

bool SqlValues::fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    qCWarning(lcCache).noquote() << "SQL failed:" << query.lastError().text();
    return false;
}

// The directory name for a server: readable, and safe on every file system.

QString SqlValues::anyStatus(QVariantList *values)
{
    QString marks;
    for (BookingStatus status : BookingStatuses::all()) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values->append(BookingStatuses::wireName(status));
    }
    return QStringLiteral("status IN (") + marks + u')';
}
