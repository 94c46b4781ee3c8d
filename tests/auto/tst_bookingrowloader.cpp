// The list's first load in chunks (BookingTableModel::load, BookingRowLoader): the days the
// window shows first at once, the rest from a thread, one chunk per pass of the event loop,
// each chunk one block of the proxy's order; rows written or removed meanwhile keep what
// the writes say.

#include "bookingcache.h"
#include "bookingfilterproxy.h"
#include "bookingrowloader.h"
#include "bookingtablemodel.h"
#include "tablemodelbookings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TableModelBookings::kFirstStartMs;
using TableModelBookings::makeBooking;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kBookings = 3000;

// Days 20 to 27 of the 60 the bookings cover are read first.
BookingTableModel::LoadPlan plan(int column = BookingTableModel::StartColumn,
                                 Qt::SortOrder order = Qt::AscendingOrder)
{
    BookingTableModel::LoadPlan plan;
    plan.firstFromMs = kFirstStartMs + 20 * kDayMs;
    plan.firstToMs = kFirstStartMs + 27 * kDayMs;
    plan.column = column;
    plan.order = order;
    plan.chunkRows = 250;
    return plan;
}

} // namespace

class TestBookingRowLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        QRandomGenerator rng(1234);
        QList<Booking> bookings;
        for (int n = 0; n < kBookings; ++n)
            bookings.append(makeBooking(rng, n, 0));
        QVERIFY2(m_cache.upsert(bookings, m_cache.beginPass(&error), &error), qPrintable(error));
    }

    // Start order: the rows after the first part, nearest first, then the rows before it,
    // nearest first; every row once.
    void arrangeByStart()
    {
        QList<BookingRow> rows;
        for (int i = 0; i < 10; ++i) {
            BookingRow row;
            row.id = QString::number(i);
            row.startMs = i < 4 ? i : i + 10; // 0..3 before, 14..19 after the part [4, 14)
            rows.append(row);
        }
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const auto chunks =
                BookingRowLoader::arrange(rows, BookingTableModel::StartColumn, order, 14, 3);
            QStringList ids;
            QList<qsizetype> sizes;
            for (const auto &chunk : chunks) {
                sizes.append(chunk.size());
                for (const BookingRow &row : chunk)
                    ids.append(row.id);
            }
            QCOMPARE(ids, QStringList({"4", "5", "6", "7", "8", "9", "1", "2", "3", "0"}));
            QCOMPARE(sizes, QList<qsizetype>({3, 3, 3, 1}));
        }
    }

    void arrangeByAnotherColumn()
    {
        QList<BookingRow> rows;
        for (const char *latin1 : {"Carla", "anna", "Bert", "Dora", "Emil"}) {
            const QString name = QString::fromLatin1(latin1);
            BookingRow row;
            row.id = name;
            row.setFields({name, {}, {}, {}, {}});
            rows.append(row);
        }
        const auto chunks = BookingRowLoader::arrange(rows, BookingTableModel::CustomerColumn,
                                                      Qt::DescendingOrder, 0, 2);
        QStringList ids;
        for (const auto &chunk : chunks)
            for (const BookingRow &row : chunk)
                ids.append(row.id);
        QCOMPARE(ids, QStringList({"Emil", "Dora", "Carla", "Bert", "anna"}));
        QCOMPARE(chunks.size(), 3);
    }

    // The cache's reads for the first part (which name every status, for the index) find
    // what a scan of every row finds.
    void firstPartReads()
    {
        const QList<BookingRow> all = m_cache.rows();
        QCOMPARE(all.size(), kBookings);
        QList<qint64> starts;
        QSet<BookingStatus> statuses;
        for (const BookingRow &row : all) {
            starts.append(row.startMs);
            statuses.insert(row.status);
        }
        QCOMPARE(statuses.size(), BookingStatuses::all().size());
        std::sort(starts.begin(), starts.end());
        const qint64 from = plan().firstFromMs;
        const auto first = std::lower_bound(starts.cbegin(), starts.cend(), from);
        for (int n : {0, 1, 199, 200}) {
            QCOMPARE(m_cache.nthStart(from, n).value_or(-1), *(first + n));
        }
        QCOMPARE(m_cache.nthStart(from, kBookings), std::nullopt);
        const qint64 to = plan().firstToMs;
        QCOMPARE(m_cache.rowsStarting(from, to).size(),
                 std::lower_bound(starts.cbegin(), starts.cend(), to) - first);
    }

    // The first part is there before the event loop runs; the rest arrives in several
    // chunks, and the end result is what reload() reads.
    void loadsEveryRowOnceInChunks()
    {
        BookingTableModel model(&m_cache);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &model);
        QSignalSpy progress(&model, &BookingTableModel::loadProgress);
        QSignalSpy finished(&model, &BookingTableModel::loadFinished);
        model.load(plan());
        const QList<BookingRow> first = m_cache.rowsStarting(plan().firstFromMs, plan().firstToMs);
        QVERIFY(!first.isEmpty());
        QCOMPARE(model.rowCount(), int(first.size()));
        QVERIFY(model.isLoading());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), kBookings);
        QVERIFY(finished.wait(10000));
        QVERIFY(!model.isLoading());
        // 250 rows a chunk, one progress report each, plus the first one.
        QVERIFY2(progress.size() >= (kBookings - first.size()) / 250 + 1,
                 qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last().at(0).toInt(), kBookings);
        verifyIsCache(model);
    }

    // Each chunk lands in the sorted proxy as one block of rows, in any column's order.
    void chunksAreOneBlockOfTheProxyOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("start, ascending")
            << int(BookingTableModel::StartColumn) << Qt::AscendingOrder;
        QTest::newRow("start, descending")
            << int(BookingTableModel::StartColumn) << Qt::DescendingOrder;
        QTest::newRow("phone, ascending")
            << int(BookingTableModel::PhoneColumn) << Qt::AscendingOrder;
        QTest::newRow("status, descending")
            << int(BookingTableModel::StatusColumn) << Qt::DescendingOrder;
    }
    void chunksAreOneBlockOfTheProxyOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        BookingTableModel model(&m_cache);
        BookingFilterProxy proxy;
        proxy.setBookingModel(&model);
        proxy.sort(column, order);
        BookingTableModel::LoadPlan first = plan(column, order);
        // Nothing read first: no rows of the first part interleave with the chunks.
        first.firstToMs = first.firstFromMs;
        QSignalSpy proxyInserts(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy modelInserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&model, &BookingTableModel::loadProgress);
        QSignalSpy finished(&model, &BookingTableModel::loadFinished);
        model.load(first);
        QVERIFY(finished.wait(10000));
        // One insert a chunk, one progress report a chunk and one before the first.
        QCOMPARE(modelInserts.size(), progress.size() - 1);
        QVERIFY(modelInserts.size() >= kBookings / 250);
        // A status (or phone) shared by rows of two chunks may put a later chunk's row
        // among the earlier ones' ties: the start time breaks ties, not the load order.
        QVERIFY2(proxyInserts.size() <= modelInserts.size() * 2,
                 qPrintable(QStringLiteral("%1 inserts for %2 chunks")
                                .arg(proxyInserts.size())
                                .arg(modelInserts.size())));
        if (column == BookingTableModel::StartColumn)
            QCOMPARE(proxyInserts.size(), modelInserts.size());
        verifyIsCache(model);
    }

    // The list sorted by another column during the load: the chunks still to come follow it.
    void sortChangedDuringTheLoad()
    {
        BookingTableModel model(&m_cache);
        BookingFilterProxy proxy;
        proxy.setBookingModel(&model);
        proxy.sort(BookingTableModel::StartColumn);
        BookingTableModel::LoadPlan first = plan();
        first.firstToMs = first.firstFromMs;
        int chunks = 0;
        connect(&model, &BookingTableModel::loadProgress, &proxy, [&] {
            if (++chunks == 3) { // the first report, then two chunks
                proxy.sort(BookingTableModel::EmailColumn, Qt::DescendingOrder);
                model.setLoadOrder(BookingTableModel::EmailColumn, Qt::DescendingOrder);
            }
        });
        QSignalSpy finished(&model, &BookingTableModel::loadFinished);
        model.load(first);
        // Counted from the sort change on: at most two blocks a chunk (ties, as above).
        QSignalSpy proxyInserts(&proxy, &QAbstractItemModel::rowsInserted);
        QVERIFY(finished.wait(10000));
        QVERIFY2(proxyInserts.size() <= 2 * ((kBookings + 249) / 250),
                 qPrintable(QString::number(proxyInserts.size())));
        verifyIsCache(model);
    }

    // A sync writes and removes bookings while the list loads: the load's older reading of
    // them never overwrites the written rows nor brings the removed ones back.
    void writesDuringTheLoadWin()
    {
        QTemporaryDir dir;
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(dir.filePath(QStringLiteral("writes.sqlite")), &error),
                 qPrintable(error));
        QRandomGenerator rng(99);
        QList<Booking> bookings;
        for (int n = 0; n < kBookings; ++n)
            bookings.append(makeBooking(rng, n, 0));
        QVERIFY(cache.upsert(bookings, cache.beginPass(&error), &error));
        cache.finishPass();
        BookingTableModel model(&cache);
        QSignalSpy progress(&model, &BookingTableModel::loadProgress);
        QSignalSpy finished(&model, &BookingTableModel::loadFinished);
        model.load(plan());
        QVERIFY(progress.wait(10000)); // the first chunk: the thread has read everything

        // Bookings outside the first part, changed and removed after the thread's reading.
        QList<Booking> changed;
        QStringList removed;
        for (const Booking &booking : std::as_const(bookings)) {
            const qint64 start = booking.startTime.toMSecsSinceEpoch();
            if (start >= plan().firstFromMs && start < plan().firstToMs)
                continue;
            if (model.rowOf(booking.id) >= 0)
                continue; // loaded already
            if (changed.size() < 20)
                changed.append(makeBooking(rng, booking.id.mid(1).toInt(), 1));
            else if (removed.size() < 20)
                removed.append(booking.id);
        }
        QCOMPARE(changed.size(), 20);
        QCOMPARE(removed.size(), 20);
        const auto written = cache.upsert(changed, cache.beginPass(&error), &error);
        QVERIFY2(written, qPrintable(error));
        model.applyWritten(written->inserted, written->changed);
        const auto gone = cache.removeBookings(removed, &error);
        QVERIFY2(gone, qPrintable(error));
        model.applyRemoved(*gone);
        // A pass that ends meanwhile brings its no-show warnings: newer than the thread's.
        const QHash<QString, int> warnings{{changed.first().id, 3}};
        model.applyNoShows(warnings);

        QVERIFY(finished.wait(10000));
        QCOMPARE(model.recentNoShows(changed.first().id), 3);
        QCOMPARE(model.rowCount(), kBookings - 20);
        for (const QString &id : std::as_const(removed))
            QCOMPARE(model.rowOf(id), -1);
        for (const BookingRow &row : cache.rows())
            QCOMPARE(model.row(model.rowOf(row.id)), row);
    }

    // reload() during a load ends it: no chunk arrives after, and nothing is lost.
    void reloadEndsALoad()
    {
        BookingTableModel model(&m_cache);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.load(plan());
        model.reload();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), kBookings);
        QTest::qWait(200);
        QCOMPARE(inserts.size(), 0);
        verifyIsCache(model);
    }

    // An empty cache, and one whose bookings all fall into the first part, end at once.
    void nothingLeftToLoad()
    {
        QTemporaryDir dir;
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("empty.sqlite")), &error));
        BookingTableModel model(&cache);
        QSignalSpy finished(&model, &BookingTableModel::loadFinished);
        model.load(plan());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!model.isLoading());

        BookingTableModel all(&m_cache);
        QSignalSpy allFinished(&all, &BookingTableModel::loadFinished);
        BookingTableModel::LoadPlan everything = plan();
        everything.firstFromMs = 0;
        everything.firstToMs = std::numeric_limits<qint64>::max();
        all.load(everything);
        QCOMPARE(allFinished.size(), 1);
        QCOMPARE(all.rowCount(), kBookings);
    }

    // The model goes while its thread still reads: no crash, no hang.
    void destroyedWhileLoading()
    {
        for (int i = 0; i < 5; ++i) {
            auto model = std::make_unique<BookingTableModel>(&m_cache);
            model->load(plan());
            if (i % 2)
                QTest::qWait(1);
            model.reset();
        }
    }

private:
    void verifyIsCache(const BookingTableModel &model)
    {
        QCOMPARE(model.rowCount(), m_cache.count());
        for (const BookingRow &row : m_cache.rows())
            QCOMPARE(model.row(model.rowOf(row.id)), row);
    }

    QTemporaryDir m_dir;
    BookingCache m_cache;
};

QTEST_GUILESS_MAIN(TestBookingRowLoader)
#include "tst_bookingrowloader.moc"
