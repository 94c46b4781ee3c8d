#include "bookingcache.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "tablemodelbookings.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TableModelBookings::makeBooking;

class TestBookingTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The sync path, randomly: upserts and removals in the cache, then the same
    // bookingsWritten/bookingsRemoved the SyncEngine emits, applied to the model.
    void randomSyncSequence()
    {
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(m_dir.filePath(QStringLiteral("random.sqlite")), &error),
                 qPrintable(error));
        BookingTableModel model(&cache);
        BookingFilterProxy proxy;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &proxy);
        proxy.setBookingModel(&model);
        proxy.sort(BookingTableModel::StartColumn);
        model.reload();

        QRandomGenerator rng(4711);
        QList<int> live;
        int next = 0;
        int operations = 0;
        qint64 pass = 1;
        for (int step = 0; operations < 10'000; ++step) {
            if (step % 400 == 0) {
                // Rows that arrived or changed since the sort kept the order (the text
                // columns' sort ranks are stale for them).
                verifySorted(proxy, model);
                // Filters and sorting change while rows keep arriving.
                proxy.sort(int(rng.bounded(quint32(BookingTableModel::ColumnCount))),
                           rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                const QStringList searches = {QString(), QStringLiteral("an"),
                                              QStringLiteral("0151 2"), QStringLiteral("hair")};
                proxy.setSearchText(searches.at(int(rng.bounded(4))));
                proxy.setStatuses(rng.bounded(2) ? BookingStatuses::all()
                                                 : QList<BookingStatus>{BookingStatus::Confirmed,
                                                                        BookingStatus::NoShow});
            }
            const int kind = int(rng.bounded(10));
            if (kind < 6 || live.size() < 20) {
                QList<Booking> page;
                const int count = 1 + int(rng.bounded(6));
                for (int i = 0; i < count; ++i) {
                    const bool change = !live.isEmpty() && rng.bounded(2);
                    const int n = change ? live.at(int(rng.bounded(quint32(live.size())))) : next++;
                    if (!change)
                        live.append(n);
                    page.append(makeBooking(rng, n, step));
                }
                const auto result = cache.upsert(page, pass, &error);
                QVERIFY2(result, qPrintable(error));
                model.applyWritten(result->inserted, result->changed);
                operations += count;
            } else {
                QStringList keep;
                const int count = 1 + int(rng.bounded(4));
                for (int i = 0; i < count && !live.isEmpty(); ++i)
                    live.removeAt(int(rng.bounded(quint32(live.size()))));
                for (int n : live)
                    keep.append(QStringLiteral("b%1").arg(n, 6, 10, QLatin1Char('0')));
                ++pass;
                QVERIFY(cache.markSeen(keep, pass, &error));
                const auto removed = cache.removeUnseen(pass, &error);
                QVERIFY2(removed, qPrintable(error));
                model.applyRemoved(*removed);
                operations += int(removed->size());
            }
        }

        // The model is the cache, and the proxy shows what the cache's own search finds.
        QCOMPARE(model.rowCount(), cache.count());
        for (const BookingRow &row : cache.rows())
            QCOMPARE(model.row(model.rowOf(row.id)), row);
        proxy.setSearchText(QStringLiteral("0151 2"));
        proxy.setStatuses({BookingStatus::Confirmed, BookingStatus::Rescheduled});
        BookingQuery query;
        query.search = proxy.searchText();
        query.statuses = proxy.statuses();
        QCOMPARE(proxy.rowCount(), int(cache.bookings(query).size()));
    }

    void sortsEveryColumnConsistently()
    {
        BookingTableModel model(nullptr);
        QRandomGenerator rng(7);
        QList<BookingRow> rows;
        for (int n = 0; n < 500; ++n) {
            const Booking booking = makeBooking(rng, n, 0);
            BookingRow row;
            row.id = booking.id;
            row.startMs = booking.startTime.toMSecsSinceEpoch();
            row.endMs = booking.endTime.toMSecsSinceEpoch();
            row.status = booking.status;
            row.hasLead = true;
            row.setFields({booking.lead->name, booking.lead->phone, booking.lead->email,
                           booking.service(), QString()});
            rows.append(row);
        }
        model.upsertRows(rows);
        BookingFilterProxy proxy;
        proxy.setBookingModel(&model);
        for (int column = 0; column < BookingTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                for (int i = 1; i < proxy.rowCount(); ++i) {
                    const int a = proxy.mapToSource(proxy.index(i - 1, 0)).row();
                    const int b = proxy.mapToSource(proxy.index(i, 0)).row();
                    const int result =
                        BookingTableModel::compare(column, model.row(a), model.row(b));
                    QVERIFY(order == Qt::AscendingOrder ? result <= 0 : result >= 0);
                }
            }
        }
    }

    // Typing on narrows the search and skips rows the shorter text did not match: the
    // result must equal a fresh proxy's, also when rows changed between keystrokes.
    void narrowingSearchMatchesAFreshFilter()
    {
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(m_dir.filePath(QStringLiteral("narrow.sqlite")), &error),
                 qPrintable(error));
        QRandomGenerator rng(99);
        QList<Booking> bookings;
        for (int n = 0; n < 400; ++n)
            bookings.append(makeBooking(rng, n, 0));
        QVERIFY(cache.upsert(bookings, cache.beginPass(&error), &error));
        BookingTableModel model(&cache);
        model.reload();
        BookingFilterProxy proxy;
        proxy.setBookingModel(&model);
        proxy.sort(BookingTableModel::StartColumn);
        const QStringList typed = {"j",  "jü",   "jürg",  "jurgen w", "jur",    "a",     "an",
                                   "an", "anna", "ann s", "0151",     "0151 2", "01512", "ay"};
        for (int i = 0; i < typed.size(); ++i) {
            if (i == 8) { // a sync between two keystrokes
                const auto result =
                    cache.upsert({makeBooking(rng, 3, 1), makeBooking(rng, 500, 1)}, 1, &error);
                QVERIFY(result);
                model.applyWritten(result->inserted, result->changed);
            }
            proxy.setSearchText(typed.at(i));
            BookingFilterProxy fresh;
            fresh.setBookingModel(&model);
            fresh.setSearchText(typed.at(i));
            QCOMPARE(proxy.rowCount(), fresh.rowCount());
        }
    }

private:
    static void verifySorted(const BookingFilterProxy &proxy, const BookingTableModel &model)
    {
        const int column = proxy.sortColumn();
        if (column < 0)
            return;
        for (int i = 1; i < proxy.rowCount(); ++i) {
            const int a = proxy.mapToSource(proxy.index(i - 1, 0)).row();
            const int b = proxy.mapToSource(proxy.index(i, 0)).row();
            const int result = BookingTableModel::compare(column, model.row(a), model.row(b));
            QVERIFY2(proxy.sortOrder() == Qt::AscendingOrder ? result <= 0 : result >= 0,
                     qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(i)));
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBookingTableModel)
#include "tst_bookingtablemodel.moc"
