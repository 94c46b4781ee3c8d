#pragma once

#include "recordfetcher.h"

#include <QObject>
#include <QTimer>
#include <QTimeZone>

class ApiClient;
class BookingCache;

// Fetches what brief list rows leave out. API.md: list rows may omit metadata, updated_at
// and the Cal.com ids, and the seed's list example is such a row; only GET /bookings/{id}
// promises the full record. So for the bookings a desk works with (yesterday through the
// next 14 days in the display zone) the full record is read in the background: after each
// pass, again when the booking's list row changes, and at the latest every 15 minutes while
// it stays in that window. The booking shown in the details is read fresh on selection.
// What is fetched is cached (BookingCache::storeDetail), so it is there offline too.
class DetailFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kRefreshAfterMs = 15 * 60 * 1000;
    static constexpr int kDaysAhead = 14;
    static constexpr int kMaxPerRound = 2000;

    DetailFetcher(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Every minute, a round for what has become due (a record older than 15 minutes).
    void setAutomatic(bool on);
    bool isRunning() const { return m_round.isRunning(); }

public Q_SLOTS:
    // A round now for every booking in the window whose full record is due; roundFinished()
    // follows (at once when nothing is due or a round runs already).
    void refresh();
    // The booking the desk looks at, read fresh.
    void fetchNow(const QString &id);

Q_SIGNALS:
    // Cached bookings that changed (item models refresh these rows).
    void bookingsFetched(const QStringList &changed);
    void rowsFetched(const QList<BookingRow> &rows); // their list rows, as written
    void roundFinished(const RecordFetcher::Report &report);

private:
    void deliver(const RecordFetcher::Report &report);

    BookingCache *m_cache;
    RecordFetcher m_round;
    RecordFetcher m_selected;
    QString m_pendingSelection; // asked for while another one was on its way
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_timer;
};
