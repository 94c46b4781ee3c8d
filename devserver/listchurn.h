#pragma once

#include "listorder.h"
#include "rng.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

class BookingStore;
class Seeder;

// /_control/churn: other people deleting, moving and creating bookings while a client pages
// through the list, so that tests can show offset paging skipping or repeating rows. Churn
// follows list pages, not time, so that a test gets the same changes at any speed. Also
// holds the order the list is in, since moves reorder pages only in the updated order.
class ListChurn
{
public:
    ListChurn(BookingStore &store, Seeder &seeder, ListOrder initialOrder, quint64 seed);

    ListOrder order() const { return m_settings.order; }

    // Called once a list page's answer (200) is serialized, so that the answer itself is
    // consistent and the change shows on the pages after it. A truncating or malformed fault
    // spoils that answer afterwards, as it does a write's; drops, 429 and 500 come before
    // the list is read and churn nothing.
    void afterListPage();

    // Applies only the keys present in `changes`; leaves everything untouched on error.
    bool update(const QJsonObject &changes, QString *error);
    // No churn, the created order, empty lists and the random stream from its start, so that
    // what a test sees does not depend on the tests before it.
    void reset();
    // The settings and the ids churn deleted, moved and created since the last reset.
    QByteArray toJson() const;

private:
    struct Settings
    {
        int deletesPerPage = 0;
        int movesPerPage = 0;
        int createsPerPage = 0;
        qint64 pages = -1; // list answers churn still follows; -1: no end
        ListOrder order = ListOrder::Created;
    };

    BookingStore &m_store;
    Seeder &m_seeder;
    const quint64 m_seed;
    Rng m_rng;
    Settings m_settings;
    QStringList m_deleted;
    QStringList m_moved;
    QStringList m_created;
};
