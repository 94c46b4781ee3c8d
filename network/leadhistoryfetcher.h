#pragma once

#include "apierror.h"
#include "bookingrow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiClient;
class BookingCache;

// Refreshes one customer's bookings from the server: GET /bookings?lead_id=… page by page,
// written into the cache like a pass's rows (brief rows merge over what the cache knows).
// It is not a full pass, so bookings it did not see stay. One lead at a time: asking for
// another stops the one on its way.
class LeadHistoryFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 50; // 5,000 bookings of one customer: enough

    struct Report
    {
        QString leadId;
        int fetched = 0;
        QStringList inserted;
        QStringList changed;
        QList<BookingRow> rows; // of inserted and changed, as written
        std::optional<ApiError> error;
        QString cacheError;
        bool ok() const { return !error && cacheError.isEmpty(); }
    };

    LeadHistoryFetcher(ApiClient *client, BookingCache *cache, QObject *parent = nullptr);

    void fetch(const QString &leadId);
    QString leadId() const { return m_leadId; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const LeadHistoryFetcher::Report &report);

private:
    void requestPage(int page);

    ApiClient *m_client;
    BookingCache *m_cache;
    QString m_leadId;
    bool m_running = false;
    quint64 m_generation = 0; // answers for an earlier lead are dropped
    Report m_report;
};
Q_DECLARE_METATYPE(LeadHistoryFetcher::Report)
