#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <optional>

// What one sync pass did, for the status bar, the CLI and the item models.
struct SyncReport
{
    int fetched = 0; // bookings decoded from the server's pages
    int skipped = 0; // records the server sent that could not be decoded
    int pages = 0;
    QStringList inserted;
    QStringList changed;
    QStringList removed; // only after a complete pass, each confirmed by a 404
    // Bookings the pass did not see but the server still has (the list moved while it was
    // paged through): kept and refreshed from GET /bookings/{id}.
    QStringList stillThere;
    bool complete = false; // every page arrived and was written
    std::optional<ApiError> error;
    QString cacheError; // the local database refused a write
    qint64 elapsedMs = 0;
    QDateTime finishedAt;

    bool ok() const { return complete && !error && cacheError.isEmpty(); }

    // For logs and test messages: counts and what went wrong; never a booking's content.
    QString toLogString() const
    {
        return QStringLiteral("%1, fetched %2 in %3 pages, inserted %4, changed %5, removed %6, "
                              "unseen but still there %10, skipped %7, %8 ms%9")
            .arg(complete ? QStringLiteral("complete") : QStringLiteral("incomplete"))
            .arg(fetched)
            .arg(pages)
            .arg(inserted.size())
            .arg(changed.size())
            .arg(removed.size())
            .arg(skipped)
            .arg(elapsedMs)
            .arg(error                  ? QStringLiteral(", error: ") + error->toLogString()
                 : cacheError.isEmpty() ? QString()
                                        : QStringLiteral(", cache error: ") + cacheError)
            .arg(stillThere.size());
    }
};

Q_DECLARE_METATYPE(SyncReport)
