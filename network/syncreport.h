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
    QStringList removed;   // only after a complete pass
    bool complete = false; // every page arrived and was written
    std::optional<ApiError> error;
    QString cacheError; // the local database refused a write
    qint64 elapsedMs = 0;
    QDateTime finishedAt;

    bool ok() const { return complete && !error && cacheError.isEmpty(); }
};

Q_DECLARE_METATYPE(SyncReport)
