#include "awaitcallback.h"
#include "bookingactions.h"
#include "bookingcsvexporter.h"
#include "bookingjson.h"
#include "bookingmodelfeed.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "clockguard.h"
#include "daysheet.h"
#include "detailfetcher.h"
#include "futurebookings.h"
#include "serverlisting.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace SyncTesting;

// A server that lists brief rows, as the seed's list example does (no metadata, no
// updated_at, no Cal.com ids): the days a desk works with still show their service and
// notes, search finds them offline, a brief row never erases what the detail brought, and
// the conflict check has an updated_at once the detail is there.
class TestBriefRows : public QObject, public SyncFixture
{
    Q_OBJECT

private:
    const QTimeZone m_zone{"Europe/Berlin"};

    // Every booking the server has, as GET /bookings/{id} gives it (full records).
    QMap<QString, QJsonObject> serverDetails(const QStringList &ids)
    {
        QMap<QString, QJsonObject> details;
        QNetworkAccessManager network;
        for (const QString &id : ids) {
            QNetworkRequest request(
                QUrl(m_server.baseUrl().toString() + QStringLiteral("/api/v1/bookings/") + id));
            request.setRawHeader("Authorization", "Bearer " + m_token);
            QNetworkReply *reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            details.insert(id, QJsonDocument::fromJson(reply->readAll()).object());
            reply->deleteLater();
        }
        return details;
    }

    QStringList inWindow() const
    {
        const QDate today = Clock::today(m_zone);
        BookingQuery query;
        query.from = today.addDays(-1).startOfDay(m_zone);
        query.to = today.addDays(DetailFetcher::kDaysAhead + 1).startOfDay(m_zone);
        QStringList ids;
        for (const Booking &booking : m_cache->bookings(query))
            ids.append(booking.id);
        return ids;
    }

    QString firstActive(const QStringList &ids) const
    {
        for (const QString &id : ids) {
            if (m_cache->booking(id)->status != BookingStatus::Cancelled)
                return id;
        }
        return ids.value(0);
    }

    std::optional<RecordFetcher::Report> fetchDetails()
    {
        DetailFetcher fetcher(m_client.get(), m_cache.get());
        fetcher.setTimeZone(m_zone);
        QSignalSpy finished(&fetcher, &DetailFetcher::roundFinished);
        fetcher.refresh();
        if (!finished.wait(30000))
            return std::nullopt;
        return finished.first().first().value<RecordFetcher::Report>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DevServerProcess::Options options;
        options.seedBookings = 200;
        options.extraArgs = {QStringLiteral("--brief-list")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    }
    void init() { QVERIFY(prepareTest()); }
    void cleanup() { finishTest(); }

    void theWindowGetsItsDetailsAndKeepsThem()
    {
        const auto first = runPass();
        QVERIFY(first && first->ok());
        const QStringList window = inWindow();
        QVERIFY(window.size() > 20);
        // The list said nothing of services or notes.
        for (const QString &id : window)
            QVERIFY(m_cache->booking(id)->brief);

        const auto fetched = fetchDetails();
        QVERIFY(fetched);
        QCOMPARE(fetched->requests, int(window.size()));
        QVERIFY(!fetched->error);
        const QMap<QString, QJsonObject> server = serverDetails(window);
        int withService = 0;
        for (const QString &id : window) {
            const Booking cached = *m_cache->booking(id);
            QVERIFY(!cached.brief);
            QCOMPARE(QJsonObject(cached.metadata),
                     server.value(id).value(QLatin1String("metadata")).toObject());
            QVERIFY(cached.updatedAt.isValid());
            withService += cached.service().isEmpty() ? 0 : 1;
        }
        QCOMPARE(withService, int(window.size())); // the seed gives every booking a service
        // Bookings outside the window are not fetched.
        int outside = 0;
        for (const Booking &booking : m_cache->bookings()) {
            if (!window.contains(booking.id)) {
                QVERIFY(booking.brief);
                ++outside;
            }
        }
        QVERIFY(outside > 0);

        // A pass over an unchanged server rewrites nothing and erases nothing.
        const auto second = runPass();
        QVERIFY(second && second->ok());
        QVERIFY2(second->inserted.isEmpty() && second->changed.isEmpty(),
                 qPrintable(describe(*second)));
        for (const QString &id : window)
            QVERIFY(!m_cache->booking(id)->service().isEmpty());
        // Nothing is due again until a quarter of an hour has passed.
        const auto again = fetchDetails();
        QVERIFY(again);
        QCOMPARE(again->requests, 0);
        {
            ClockGuard later(Clock::now().addMSecs(DetailFetcher::kRefreshAfterMs + 60000));
            // A quarter of an hour later may be another day (the suite runs at any hour): the
            // window moves, a day leaves it and a day enters it, still brief.
            const QStringList laterWindow = inWindow();
            int entered = 0;
            for (const QString &id : laterWindow)
                entered += window.contains(id) ? 0 : 1;
            const auto refreshed = fetchDetails();
            QVERIFY(refreshed);
            QCOMPARE(refreshed->requests, int(laterWindow.size()));
            // The same records: only their age renews; a day that entered is fetched for the
            // first time.
            QCOMPARE(refreshed->written.size(), entered);
        }

        // Search finds services and notes offline (the SQL path the CLI uses).
        // Not a cancelled one: the day sheet leaves those out (which booking comes first in
        // the window depends on the hour the suite runs).
        const Booking one = *m_cache->booking(firstActive(window));
        BookingQuery byService;
        byService.search = one.service();
        QVERIFY(!m_cache->bookings(byService).isEmpty());
        const Booking withNotes = [&] {
            for (const QString &id : window) {
                const Booking b = *m_cache->booking(id);
                if (b.notes().split(u' ', Qt::SkipEmptyParts).size() >= 2)
                    return b;
            }
            return Booking();
        }();
        if (!withNotes.id.isEmpty()) {
            BookingQuery byNotes;
            byNotes.search = withNotes.notes().split(u' ', Qt::SkipEmptyParts).mid(0, 2).join(u' ');
            QStringList found;
            for (const Booking &b : m_cache->bookings(byNotes))
                found.append(b.id);
            QVERIFY(found.contains(withNotes.id));
        }
        // The day sheet of that day lists the service and the notes.
        const QDate day = one.startTime.toTimeZone(m_zone).date();
        const DaySheet sheet(day, m_zone, DaySheet::bookingsOn(*m_cache, day, m_zone, false));
        QVERIFY(sheet.html().contains(one.service().toHtmlEscaped()));
        // The list model's rows and the CSV export carry the service too.
        QVERIFY(BookingCsvExporter::toCsv({one}).contains(one.service().toUtf8()));
        bool rowHasService = false;
        for (const BookingRow &row : m_cache->rows({one.id}))
            rowHasService = row.field(BookingRow::Service) == one.service();
        QVERIFY(rowHasService);
    }

    void aChangedRowKeepsItsDetailUntilFetchedAgain()
    {
        QVERIFY(runPass());
        QVERIFY(fetchDetails());
        const QString id = firstActive(inWindow()); // the dev server moves no cancelled one
        const Booking before = *m_cache->booking(id);
        QVERIFY(!before.service().isEmpty());
        QCOMPARE(m_server.mutate({{"action", "move"}, {"ids", QJsonArray{id}}, {"minutes", 30}})
                     .value("ids")
                     .toArray()
                     .size(),
                 1);
        const auto pass = runPass();
        QVERIFY(pass && pass->ok());
        QCOMPARE(pass->changed, QStringList{id});
        const Booking merged = *m_cache->booking(id);
        QCOMPARE(merged.startTime, before.startTime.addSecs(1800)); // the row's news
        QCOMPARE(merged.status, BookingStatus::Rescheduled);
        QCOMPARE(merged.service(), before.service()); // the detail's, kept
        // The changed row wants its detail again: the next round reads it.
        const auto fetched = fetchDetails();
        QVERIFY(fetched);
        QCOMPARE(fetched->requests, 1);
        QCOMPARE(fetched->written, QStringList{id});
        QVERIFY(m_cache->booking(id)->updatedAt > before.updatedAt);
    }

    // A detail read before a pass wrote a newer row must not overwrite that row.
    void aStaleDetailLosesToANewerRow()
    {
        QVERIFY(runPass());
        const QString id = firstActive(inWindow()); // the dev server moves no cancelled one
        const QList<BookingCache::DetailNeed> needs =
            m_cache->detailNeeds(0, std::numeric_limits<qint64>::max(), Clock::nowMs(), 10000);
        const auto need =
            std::find_if(needs.cbegin(), needs.cend(),
                         [&](const BookingCache::DetailNeed &n) { return n.id == id; });
        QVERIFY(need != needs.cend());
        const auto old = awaitCallback<ApiResult<Booking>>(
            [&](QObject *ctx, auto done) { m_client->getBooking(id, ctx, done); });
        QVERIFY(old && old->ok());
        m_server.mutate({{"action", "move"}, {"ids", QJsonArray{id}}, {"minutes", 60}});
        QVERIFY(runPass());
        QString error;
        QCOMPARE(*m_cache->storeDetail(old->value(), need->listHash, &error),
                 BookingCache::DetailOutcome::Stale);
        QCOMPARE(m_cache->booking(id)->status, BookingStatus::Rescheduled);
    }

    // With the detail fetched, a change another desk made to the notes only (status and
    // times as before) is a conflict: updated_at tells.
    void theConflictCheckHasUpdatedAtOnceFetched()
    {
        QVERIFY(runPass());
        const std::optional<Booking> created = FutureBookings::create(
            m_server, *m_cache, FutureBookings::spec(Clock::now().addSecs(3 * 3600)));
        QVERIFY(created);
        QVERIFY(runPass()); // the brief row replaces nothing: the record stays full
        QVERIFY(fetchDetails());
        const Booking seen = *m_cache->booking(created->id);
        QVERIFY(seen.updatedAt.isValid());
        // Another desk edits the notes through the API.
        BookingActions other(m_client.get(), m_cache.get());
        QTest::qWait(5); // a later updated_at
        QVERIFY(awaitCallback<ActionOutcome>([&](QObject *ctx, auto done) {
            other.applyAnyway(seen,
                              BookingChange::editDetails(std::nullopt, QStringLiteral("Allergy")),
                              ctx, done);
        }));
        BookingActions desk(m_client.get(), m_cache.get());
        const auto outcome = awaitCallback<ActionOutcome>(
            [&](QObject *ctx, auto done) { desk.apply(seen, BookingChange::cancel(), ctx, done); });
        QVERIFY(outcome);
        QCOMPARE(outcome->result, ActionOutcome::Result::Conflict);
        // The notes edit kept every other metadata key (it was made on the re-read record).
        const QMap<QString, QJsonObject> server = serverDetails({created->id});
        const QJsonObject metadata =
            server.value(created->id).value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value("notes").toString(), QStringLiteral("Allergy"));
        QCOMPARE(metadata.value("service").toString(), seen.service());
    }

    void theSelectedBookingIsReadFresh()
    {
        QVERIFY(runPass());
        // Outside the window: only a selection reads it.
        const QJsonArray made =
            m_server.createBookings({FutureBookings::spec(FutureBookings::nextStart())});
        QCOMPARE(made.size(), 1);
        QString error;
        const std::optional<Booking> far = BookingJson::decodeRecord(
            QJsonDocument(made.first().toObject()).toJson(QJsonDocument::Compact), &error);
        QVERIFY(far);
        QVERIFY(runPass());
        QVERIFY(m_cache->booking(far->id)->brief);
        DetailFetcher fetcher(m_client.get(), m_cache.get());
        // The list learns the record's row as written (its own cache is closed: nothing
        // can be read back).
        BookingCache closed;
        BookingTableModel model(&closed);
        BookingModelFeed feed(&model);
        feed.watch(&fetcher);
        QSignalSpy fetched(&fetcher, &DetailFetcher::bookingsFetched);
        fetcher.fetchNow(far->id);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.first().first().toStringList(), QStringList{far->id});
        QVERIFY(!m_cache->booking(far->id)->brief);
        QCOMPARE(m_cache->booking(far->id)->service(), far->service());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).id, far->id);
        QVERIFY(!far->service().isEmpty());
        QCOMPARE(model.row(0).field(BookingRow::Service), far->service());
        QCOMPARE(QList<BookingRow>{model.row(0)}, m_cache->rows({far->id}));
    }
};

QTEST_GUILESS_MAIN(TestBriefRows)
#include "tst_briefrows.moc"
