#include "bookingcache.h"
#include "bookingjson.h"
#include "passwriter.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Booking booking(int n, const QString &status = QStringLiteral("confirmed"))
{
    const QJsonObject object{
        {"id", QStringLiteral("b%1").arg(n)},
        {"start_time", QStringLiteral("2026-03-10T%1:00:00Z").arg(8 + n % 10, 2, 10, QChar(u'0'))},
        {"end_time", QStringLiteral("2026-03-10T%1:30:00Z").arg(8 + n % 10, 2, 10, QChar(u'0'))},
        {"status", status},
        {"lead", QJsonObject{{"name", QStringLiteral("Kunde %1").arg(n)}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

QList<Booking> bookings(int first, int last)
{
    QList<Booking> result;
    for (int n = first; n <= last; ++n)
        result.append(booking(n));
    return result;
}

// Everything the writer delivers until it reports Finished (or 10 s have passed).
QList<PassWriter::Result> untilFinished(PassWriter &writer)
{
    QList<PassWriter::Result> results;
    const auto connection = QObject::connect(
        &writer, &PassWriter::delivered,
        [&results](const QList<PassWriter::Result> &delivered) { results += delivered; });
    // The callers check the outcome (endsFinished), with the results in view.
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&results] {
            return !results.isEmpty() && results.last().kind == PassWriter::Result::Finished;
        },
        10000);
    QObject::disconnect(connection);
    return results;
}

// Every result the writer delivers from now on, appended to `results`.
void collect(PassWriter &writer, QList<PassWriter::Result> &results)
{
    QObject::connect(
        &writer, &PassWriter::delivered,
        [&results](const QList<PassWriter::Result> &delivered) { results += delivered; });
}

bool endsFinished(const QList<PassWriter::Result> &results)
{
    return !results.isEmpty() && results.last().kind == PassWriter::Result::Finished;
}

} // namespace

// PassWriter on its own: the order of its results, what a complete or broken pass leaves,
// and how it lets go. (SyncEngine's use of it is in tst_syncengine and tst_syncfaults.)
class TestPassWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("p%1/cache.sqlite").arg(++m_files));
    }

private Q_SLOTS:
    void writesInOrderAndStoresTheSyncTime()
    {
        const QString path = freshPath();
        BookingCache reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        PassWriter writer;
        writer.begin(path);
        writer.write(bookings(1, 3), {});
        QList<PassWriter::Result> results = writer.wait(); // commits
        QList<Booking> again = bookings(2, 4);
        again[0] = booking(2, QStringLiteral("cancelled"));
        writer.write(again, {});
        writer.finish(true, true);
        results += untilFinished(writer);
        QVERIFY(endsFinished(results));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].kind, PassWriter::Result::Written);
        QCOMPARE(results[0].inserted, (QStringList{"b1", "b2", "b3"}));
        QCOMPARE(results[1].inserted, QStringList{"b4"});
        QCOMPARE(results[1].changed, QStringList{"b2"});
        QVERIFY(results[2].error.isEmpty());
        QVERIFY(results[2].unseen.isEmpty());
        QCOMPARE(results[2].pass, 1);
        QVERIFY(results[2].syncedAt.isValid());
        // Another connection sees all of it, and the time the writer stored.
        QCOMPARE(reader.count(), 4);
        QCOMPARE(reader.booking(QStringLiteral("b2"))->status, BookingStatus::Cancelled);
        QCOMPARE(reader.lastSync(), results[2].syncedAt);
    }

    void pagesAreCommittedAHundredAtATime()
    {
        const QString path = freshPath();
        PassWriter writer;
        writer.begin(path);
        for (int n = 1; n <= 250; ++n)
            writer.write({booking(n)}, {});
        const QList<PassWriter::Result> results = writer.wait();
        // One result per commit, in page order; a slow machine may commit sooner (500 ms).
        QStringList inserted;
        for (const PassWriter::Result &result : results) {
            QCOMPARE(result.kind, PassWriter::Result::Written);
            QVERIFY2(result.inserted.size() <= 100,
                     qPrintable(QString::number(result.inserted.size())));
            inserted += result.inserted;
        }
        QCOMPARE(inserted.size(), 250);
        QCOMPARE(inserted.first(), QStringLiteral("b1"));
        QCOMPARE(inserted.last(), QStringLiteral("b250"));
        writer.finish(true, true);
        QVERIFY(endsFinished(writer.wait()));
    }

    void aPageIsCommittedWithinHalfASecondWithoutMoreComing()
    {
        const QString path = freshPath();
        BookingCache reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        PassWriter writer;
        QList<PassWriter::Result> results;
        collect(writer, results);
        writer.begin(path);
        writer.write(bookings(1, 3), {});
        // No further page, no finish: the open transaction is still committed and reported.
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
        QCOMPARE(results[0].inserted, (QStringList{"b1", "b2", "b3"}));
        QCOMPARE(reader.count(), 3);
        writer.finish(true, true);
        QVERIFY(endsFinished(writer.wait()));
    }

    void aBookingOnTwoPagesOfOneCommitIsReportedOnce()
    {
        PassWriter writer;
        writer.setFeedsList(true);
        const QString path = freshPath();
        writer.begin(path);
        // Two pages handed over together; the server's list moved between them.
        QList<Booking> pages = bookings(1, 2) + bookings(2, 3);
        pages[2] = booking(2, QStringLiteral("cancelled"));
        pages.append(booking(3, QStringLiteral("completed")));
        writer.write(pages, {}, 2);
        const QList<PassWriter::Result> results = writer.wait();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].inserted, (QStringList{"b1", "b2", "b3"}));
        QVERIFY(results[0].changed.isEmpty());
        // One row each, as last written: the list applies these without reading them back.
        QCOMPARE(results[0].rows.size(), 3);
        BookingCache reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        for (const BookingRow &row : results[0].rows)
            QCOMPARE(QList<BookingRow>{row}, reader.rows({row.id}));
        QCOMPARE(results[0].rows.at(1).status, BookingStatus::Cancelled);
        QCOMPARE(results[0].rows.at(2).status, BookingStatus::Completed);
        writer.finish(true, true);
        const QList<PassWriter::Result> finished = writer.wait();
        QVERIFY(endsFinished(finished));
        QVERIFY(finished.last().noShows.has_value());
    }

    void anotherConnectionWritesWhileAPassWrites()
    {
        // The GUI's connection changes bookings while the writer has pages queued: its
        // writes wait for the writer's transaction instead of failing.
        const QString path = freshPath();
        BookingCache gui;
        QString error;
        QVERIFY(gui.open(path, &error));
        QVERIFY2(gui.upsert(bookings(900001, 900010), gui.currentPass(), &error),
                 qPrintable(error));
        PassWriter writer;
        writer.begin(path);
        for (int page = 0; page < 200; ++page)
            writer.write(bookings(page * 50 + 1, page * 50 + 50), {});
        for (int n = 900001; n <= 900010; ++n) {
            QVERIFY2(
                gui.upsert({booking(n, QStringLiteral("cancelled"))}, gui.currentPass(), &error),
                qPrintable(error));
            QTest::qSleep(2);
        }
        writer.finish(true, false);
        QVERIFY(endsFinished(writer.wait()));
        QCOMPARE(gui.count(), 10010);
        QCOMPARE(gui.booking(QStringLiteral("b900010"))->status, BookingStatus::Cancelled);
    }

    void anotherConnectionDoesNotWaitForAnOpenTransaction()
    {
        // The writer's transaction would stay open for an hour waiting for more pages, far
        // longer than the GUI's 5 s busy timeout: the GUI's write succeeds only because the
        // writer commits and lets it go first.
        const QString path = freshPath();
        BookingCache gui;
        QString error;
        QVERIFY(gui.open(path, &error));
        PassWriter writer;
        writer.setMaxCommitDelay(std::chrono::hours(1));
        QList<PassWriter::Result> results;
        collect(writer, results);
        writer.begin(path);
        writer.write(bookings(1, 3), {});
        QTest::qSleep(50); // the page is written, the transaction open
        QVERIFY2(gui.upsert({booking(4)}, gui.currentPass(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
        QCOMPARE(results[0].inserted, (QStringList{"b1", "b2", "b3"}));
        writer.finish(true, false);
        QVERIFY(endsFinished(writer.wait()));
        QCOMPARE(gui.count(), 4);
    }

    // The writer only lists what a complete pass did not see: SyncEngine asks the server
    // about those before anything is removed.
    void aCompletePassListsWhatItDidNotSeeAndABrokenOneNothing()
    {
        const QString path = freshPath();
        {
            PassWriter first;
            first.begin(path);
            first.write(bookings(1, 5), {});
            first.finish(true, true);
            QVERIFY(endsFinished(untilFinished(first)));
        }
        {
            // Broken off: b4 and b5 were not seen, yet stay; no sync time is stored.
            PassWriter broken;
            broken.begin(path);
            broken.write(bookings(1, 3), {});
            broken.finish(false, false);
            const auto results = untilFinished(broken);
            QVERIFY(endsFinished(results));
            QVERIFY(results.last().unseen.isEmpty());
            QVERIFY(!results.last().syncedAt.isValid());
        }
        PassWriter complete;
        complete.begin(path);
        complete.write(bookings(1, 2), {QStringLiteral("b3")}); // b3 listed but unreadable
        complete.finish(true, true);
        const auto results = untilFinished(complete);
        QVERIFY(endsFinished(results));
        QCOMPARE(results.last().pass, 3);
        QStringList unseen = results.last().unseen;
        unseen.sort();
        QCOMPARE(unseen, (QStringList{"b4", "b5"}));
        BookingCache reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        QCOMPARE(reader.count(), 5); // nothing removed by the writer
    }

    void aCacheThatCannotOpenFailsOnceAndStillFinishes()
    {
        // A file where the cache's folder should be.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        PassWriter writer;
        writer.begin(blocker + QStringLiteral("/cache.sqlite"));
        writer.write(bookings(1, 2), {});
        writer.finish(true, true);
        const auto results = untilFinished(writer);
        QVERIFY(endsFinished(results));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].kind, PassWriter::Result::Failed);
        QVERIFY(!results[0].error.isEmpty());
        QVERIFY(!results[1].syncedAt.isValid());
    }

    void waitTakesTheResultsItReturns()
    {
        PassWriter writer;
        QSignalSpy delivered(&writer, &PassWriter::delivered);
        writer.begin(freshPath());
        writer.write(bookings(1, 2), {});
        const QList<PassWriter::Result> results = writer.wait();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].inserted.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(delivered.count(), 0);
        writer.finish(true, true);
        QVERIFY(endsFinished(writer.wait()));
    }

    void aReleasedWriterGoesWhenItsWorkIsDone()
    {
        const QString path = freshPath();
        QPointer<PassWriter> writer = new PassWriter;
        QSignalSpy delivered(writer.data(), &PassWriter::delivered);
        writer->begin(path);
        writer->write(bookings(1, 500), {});
        writer->finish(true, true);
        writer->release();
        QTRY_VERIFY_WITH_TIMEOUT(writer.isNull(), 10000);
        QCOMPARE(delivered.count(), 0); // released: nothing is delivered any more
        BookingCache reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        QCOMPARE(reader.count(), 500);
        QCOMPARE(reader.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPassWriter)
#include "tst_passwriter.moc"
