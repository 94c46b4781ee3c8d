#include "awaitcallback.h"
#include "bookingcache.h"
#include "bookingtablemodel.h"
#include "changeinbox.h"
#include "clock.h"
#include "contactactions.h"
#include "customerhistory.h"
#include "customerhistorymodel.h"
#include "customerpanel.h"
#include "deskserver.h"
#include "futurebookings.h"
#include "leadhistoryfetcher.h"
#include "serverlisting.h"
#include "syncedactions.h"
#include "syncengine.h"
#include "timetext.h"
#include "translationloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDesktopServices>
#include <QJsonArray>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

namespace {

// Receives the URIs handed to QDesktopServices.
class UriCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

BookingQuery leadQuery(const QString &leadId)
{
    BookingQuery query;
    query.leadId = leadId;
    return query;
}

QString newLeadId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject leadSpec(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("Hanna Historia")},
                       {QStringLiteral("phone"), QStringLiteral("+49 151 234-56/78")},
                       {QStringLiteral("email"), QStringLiteral("hanna@example.org")},
                       {QStringLiteral("channel"), QStringLiteral("voice")}};
}

} // namespace

// Issue 17: the customer at the desk. History against the dev server (online and offline),
// contact actions handing the right URIs, the change inbox resolving a conflict both ways,
// a waiting change shown as what it will do, and offline noticed at the first failed change.
class TestCustomerDesk : public QObject
{
    Q_OBJECT

private:
    SyncedActions m_fx;
    const QTimeZone m_zone{"Europe/Berlin"};

    // A lead with bookings of every status: two completed and two no-shows in the last
    // months, one cancelled, one ended confirmed, two upcoming confirmed, one rescheduled.
    QStringList makeCustomer(const QString &leadId)
    {
        const QDateTime now = Clock::now();
        const struct
        {
            QDateTime start;
            const char *status;
        } plan[] = {
            {now.addDays(-90), "completed"},
            {now.addDays(-30), "completed"},
            {now.addDays(-60), "no_show"},
            {now.addDays(-10), "no_show"},
            {now.addDays(-5), "cancelled"},
            {now.addDays(-3), "confirmed"},
            {FutureBookings::nextStart(), "confirmed"},
            {FutureBookings::nextStart(), "confirmed"},
            {FutureBookings::nextStart(), "rescheduled"},
        };
        QJsonArray specs;
        for (const auto &step : plan) {
            QJsonObject spec = FutureBookings::spec(step.start, 30, QLatin1String(step.status));
            spec.insert(QStringLiteral("lead"), leadSpec(leadId));
            specs.append(spec);
        }
        QStringList ids;
        for (const QJsonValue &made : m_fx.server.createBookings(specs))
            ids.append(made.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    std::optional<LeadHistoryFetcher::Report> fetchLead(const QString &leadId)
    {
        LeadHistoryFetcher fetcher(m_fx.client.get(), m_fx.cache.get());
        QSignalSpy finished(&fetcher, &LeadHistoryFetcher::finished);
        fetcher.fetch(leadId);
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<LeadHistoryFetcher::Report>();
    }

    std::optional<Booking> serverBooking(const QString &id)
    {
        return DeskServer::booking(m_fx, id);
    }

    // Someone else moves the booking on the server (another desk, the AI receptionist).
    bool moveOnServer(const QString &id, const QDateTime &start)
    {
        return DeskServer::moveElsewhere(m_fx, id, start);
    }

    // The desk moves the booking while the server cannot be reached: queued in the outbox.
    qint64 moveOffline(const Booking &seen, const QDateTime &start)
    {
        const auto outcome = DeskServer::moveUnreachable(m_fx, seen, start);
        return outcome && outcome->result == ActionOutcome::Result::Queued ? outcome->outboxId : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English with the English catalogue's plural forms ("2 no-shows").
        TranslationLoader::install(QCoreApplication::instance(), QLocale(QLocale::English));
        qRegisterMetaType<LeadHistoryFetcher::Report>();
        QString error;
        QVERIFY2(m_fx.startServer(40, &error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fx.prepare(QStringLiteral("desk@example.org"), &error), qPrintable(error));
    }

    void cleanup() { m_fx.reset(); }

    void historyCountsEqualTheServersAndWorkOffline()
    {
        const QString leadId = newLeadId();
        const QStringList ids = makeCustomer(leadId);
        QCOMPARE(ids.size(), 9);
        // Nothing of them is cached yet: the lead's own list brings them.
        QVERIFY(m_fx.cache->bookings(leadQuery(leadId)).isEmpty());
        const auto report = fetchLead(leadId);
        QVERIFY(report && report->ok());
        QCOMPARE(report->inserted.size(), 9);

        // Counted here from GET /bookings?lead_id, not through the client's codec.
        const auto listed =
            ServerListing::fetch(m_fx.server.baseUrl(), m_fx.server.login(), 100, leadId);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 9);
        int completed = 0, noShow = 0, cancelled = 0, upcoming = 0;
        const QDateTime now = Clock::now();
        for (const QJsonObject &record : *listed) {
            const QString status = record.value(QLatin1String("status")).toString();
            const QDateTime start = QDateTime::fromString(
                record.value(QLatin1String("start_time")).toString(), Qt::ISODateWithMs);
            completed += status == u"completed";
            noShow += status == u"no_show";
            cancelled += status == u"cancelled";
            upcoming += (status == u"confirmed" || status == u"rescheduled") && start > now;
        }
        QCOMPARE(upcoming, 3);

        const auto check = [&] {
            const CustomerHistory history =
                CustomerHistory::of(leadId, m_fx.cache->bookings(leadQuery(leadId)), Clock::now());
            QCOMPARE(history.counts().completed, completed);
            QCOMPARE(history.counts().noShow, noShow);
            QCOMPARE(history.counts().cancelled, cancelled);
            QCOMPARE(history.counts().upcoming, upcoming);
            QVERIFY(history.warns());
            QCOMPARE(history.lead()->name, QStringLiteral("Hanna Historia"));
            // Upcoming first, the next one on top; then the rest newest first.
            const QList<Booking> &order = history.bookings();
            for (int i = 0; i < upcoming; ++i)
                QVERIFY(history.isUpcoming(order.at(i)));
            for (int i = 1; i < upcoming; ++i)
                QVERIFY(order.at(i - 1).startTime <= order.at(i).startTime);
            for (qsizetype i = upcoming + 1; i < order.size(); ++i)
                QVERIFY(order.at(i - 1).startTime >= order.at(i).startTime);
        };
        check();
        if (QTest::currentTestFailed())
            return;

        // Offline: the refresh fails, the cache still answers (the panel reads only the cache).
        const QUrl server = m_fx.client->baseUrl();
        m_fx.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        const auto failed = fetchLead(leadId);
        m_fx.client->setBaseUrl(server);
        QVERIFY(failed && failed->error);
        CustomerPanel panel(m_fx.cache.get());
        panel.setDisplayTimeZone(m_zone);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&panel, &CustomerPanel::leadShown);
        QSignalSpy chosen(&panel, &CustomerPanel::bookingChosen);
        panel.showBooking(ids.first());
        panel.show();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(panel.model()->rowCount(), 9);
        const QString text = panel.text();
        QVERIFY2(text.contains(QStringLiteral("%1 completed · %2 no-shows · %3 cancelled · %4 "
                                              "upcoming")
                                   .arg(completed)
                                   .arg(noShow)
                                   .arg(cancelled)
                                   .arg(upcoming)),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 no-shows in the last 12 months")),
                 qPrintable(text));
        // A click on another booking of theirs selects it.
        const QModelIndex other = panel.model()->index(0, 0);
        QVERIFY(other.data(CustomerHistoryModel::BookingIdRole).toString() != ids.first());
        QTest::mouseClick(panel.bookingsView()->viewport(), Qt::LeftButton, {},
                          panel.bookingsView()->visualRect(other).center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(),
                 other.data(CustomerHistoryModel::BookingIdRole).toString());
        check();

        // The list warns beside each of their bookings.
        BookingTableModel model(m_fx.cache.get());
        model.reload();
        for (const QString &id : ids) {
            QCOMPARE(model.recentNoShows(id), 2);
            QCOMPARE(model.index(model.rowOf(id), BookingTableModel::CustomerColumn)
                         .data(Qt::ToolTipRole)
                         .toString(),
                     QStringLiteral("2 no-shows in the last 12 months"));
        }
    }

    void aBookingWithoutLeadHasNoHistory()
    {
        QJsonObject spec = FutureBookings::spec(FutureBookings::nextStart());
        spec.insert(QStringLiteral("lead"), QJsonValue());
        const std::optional<Booking> booking = m_fx.makeBooking(spec);
        QVERIFY(booking);
        QVERIFY(!booking->lead);
        CustomerPanel panel(m_fx.cache.get());
        QSignalSpy shown(&panel, &CustomerPanel::leadShown);
        panel.showBooking(booking->id);
        QCOMPARE(shown.size(), 0);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY2(panel.text().contains(QLatin1String("no customer record")),
                 qPrintable(panel.text()));
    }

    void contactActionsHandTheRightUris()
    {
        const QString leadId = newLeadId();
        QJsonObject spec = FutureBookings::spec(FutureBookings::nextStart());
        spec.insert(QStringLiteral("lead"), leadSpec(leadId));
        spec.insert(QStringLiteral("meeting_url"),
                    QStringLiteral("https://meet.example.com/abc-def"));
        const std::optional<Booking> booking = m_fx.makeBooking(spec);
        QVERIFY(booking);
        UriCatcher catcher;
        for (const QString &scheme : {QStringLiteral("tel"), QStringLiteral("mailto"),
                                      QStringLiteral("https"), QStringLiteral("http")})
            QDesktopServices::setUrlHandler(scheme, &catcher, "open");
        const auto unset = qScopeGuard([] {
            for (const QString &scheme : {QStringLiteral("tel"), QStringLiteral("mailto"),
                                          QStringLiteral("https"), QStringLiteral("http")})
                QDesktopServices::unsetUrlHandler(scheme);
        });
        ContactActions contact(m_fx.cache.get());
        contact.setDisplayTimeZone(m_zone);
        QString current = booking->id;
        contact.setCurrent([&] { return current; });
        contact.update();
        QSignalSpy said(&contact, &ContactActions::message);
        const auto action = [&](const char *name) {
            for (QAction *a : contact.actions()) {
                if (a && a->objectName() == QLatin1String(name))
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(action("callCustomer")->isEnabled());
        action("callCustomer")->trigger();
        action("emailCustomer")->trigger();
        action("joinMeeting")->trigger();
        QCOMPARE(catcher.opened.size(), 3);
        QCOMPARE(catcher.opened.at(0), QUrl(QStringLiteral("tel:+491512345678")));
        QCOMPARE(catcher.opened.at(1), QUrl(QStringLiteral("mailto:hanna@example.org")));
        QCOMPARE(catcher.opened.at(2), QUrl(booking->meetingUrl));
        QCOMPARE(catcher.opened.at(2).scheme().left(4), QStringLiteral("http"));
        QVERIFY(said.last().first().toString().contains(QLatin1String("meeting")));

        // Copy booking: time, customer, service, phone.
        action("copyBooking")->trigger();
        const QString copied = ContactActions::bookingText(*booking, m_zone);
        QVERIFY(copied.contains(QLatin1String("Hanna Historia")));
        QVERIFY(copied.contains(booking->service()));
        QVERIFY(copied.contains(QLatin1String("+49 151 234-56/78")));

        // Only http(s) meeting links are opened; a number without a country code gets the
        // display zone's.
        Booking odd = *booking;
        odd.meetingUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY(ContactActions::meetingUri(odd).isEmpty());
        odd.meetingUrl = QStringLiteral("file:///etc/passwd");
        QVERIFY(ContactActions::meetingUri(odd).isEmpty());
        odd.lead->phone = QStringLiteral("0151 2345678");
        QCOMPARE(ContactActions::callUri(odd, m_zone), QUrl(QStringLiteral("tel:+491512345678")));
        QCOMPARE(ContactActions::callUri(odd, QTimeZone(QByteArrayLiteral("UTC"))),
                 QUrl(QStringLiteral("tel:01512345678")));
        odd.lead->email = QStringLiteral("a@b.example?cc=x@y.example");
        QVERIFY(ContactActions::emailUri(odd).isEmpty());

        // Nothing to call: the action is off and says why when asked anyway.
        QJsonObject bare = FutureBookings::spec(FutureBookings::nextStart());
        QJsonObject lead = leadSpec(newLeadId());
        lead.insert(QStringLiteral("phone"), QString());
        bare.insert(QStringLiteral("lead"), lead);
        const std::optional<Booking> noPhone = m_fx.makeBooking(bare);
        QVERIFY(noPhone);
        current = noPhone->id;
        contact.update();
        QVERIFY(!action("callCustomer")->isEnabled());
        contact.callBooking(noPhone->id);
        QCOMPARE(catcher.opened.size(), 3);
        QVERIFY(said.last().first().toString().contains(QLatin1String("no phone number")));
    }

    // A change made offline and overtaken by a change made elsewhere is resolved from the
    // inbox, both ways; the server ends with the chosen version.
    void conflictResolvedBothWays()
    {
        BookingTableModel model(m_fx.cache.get());
        model.setDisplayTimeZone(m_zone);
        model.reload();
        ChangeInbox inbox(m_fx.cache.get(), m_fx.actions.get());
        inbox.setDisplayTimeZone(m_zone);
        inbox.show();
        QAbstractItemModelTester tester(inbox.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy conflicts(inbox.model(), &ChangeInboxModel::conflictAppeared);

        struct Case
        {
            Booking booking;
            QDateTime mine;
            QDateTime theirs;
            qint64 outboxId = 0;
        };
        QList<Case> cases;
        for (int i = 0; i < 2; ++i) {
            Case c;
            c.booking = m_fx.nextFutureBooking();
            c.mine = c.booking.startTime.addDays(1).addSecs(3600);
            c.theirs = c.booking.startTime.addDays(2);
            c.outboxId = moveOffline(c.booking, c.mine);
            QVERIFY(c.outboxId > 0);
            cases.append(c);
        }
        QCOMPARE(inbox.model()->count(ChangeInboxModel::State::Waiting), 2);
        // Waiting: the list shows the time asked for, marked as waiting.
        model.reload();
        model.setSyncState(m_fx.cache->outbox(), {});
        for (const Case &c : cases) {
            const int row = model.rowOf(c.booking.id);
            QCOMPARE(model.row(row).startMs, c.mine.toMSecsSinceEpoch());
            QCOMPARE(model.syncMark(c.booking.id), BookingTableModel::SyncMark::Pending);
        }
        for (const Case &c : cases)
            QVERIFY(moveOnServer(c.booking.id, c.theirs));

        const auto replay = awaitCallback<ReplayReport>(
            [&](QObject *context, auto done) { m_fx.actions->replayOutbox(context, done); });
        QVERIFY(replay);
        QCOMPARE(replay->conflicts, 2);
        QCOMPARE(conflicts.size(), 2); // announced when they appear
        QCOMPARE(inbox.model()->count(ChangeInboxModel::State::Conflict), 2);
        // Conflicts show the server's version in the list (the choice is open).
        model.setSyncState(m_fx.cache->outbox(), {});
        QCOMPARE(model.syncMark(cases.first().booking.id), BookingTableModel::SyncMark::Conflict);

        // In words: before, mine and theirs; never JSON.
        inbox.selectEntry(cases.at(0).outboxId);
        const QString words = inbox.detailsText();
        QVERIFY2(!words.contains(u'{') && !words.contains(QLatin1String("\"start_time\"")),
                 qPrintable(words));
        const QLocale locale;
        for (const QDateTime &time :
             {cases.at(0).booking.startTime, cases.at(0).mine, cases.at(0).theirs}) {
            const QString shown = TimeText::timeOfDay(time, m_zone, locale);
            QVERIFY2(words.contains(shown), qPrintable(words + u" lacks " + shown));
        }
        QVERIFY(inbox.keepMineButton()->isVisible());
        QVERIFY(inbox.keepServerButton()->isVisible());

        // Keep mine: the server gets the desk's time.
        QTest::mouseClick(inbox.keepMineButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model()->count(), 1, 20000);
        std::optional<Booking> onServer = serverBooking(cases.at(0).booking.id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, cases.at(0).mine);

        // Keep the server's: the server keeps the other desk's time, the change is gone.
        inbox.selectEntry(cases.at(1).outboxId);
        QTest::mouseClick(inbox.keepServerButton(), Qt::LeftButton);
        QCOMPARE(inbox.model()->count(), 0);
        onServer = serverBooking(cases.at(1).booking.id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, cases.at(1).theirs);

        // Both choices are in the audit log.
        const QList<AuditEntry> log = m_fx.cache->auditLog(20);
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AuditEntry &e) {
            return e.bookingId == cases.at(1).booking.id && e.result == u"discarded";
        }));
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AuditEntry &e) {
            return e.bookingId == cases.at(0).booking.id && e.result == u"applied";
        }));
    }

    // A conflict the server already settled (the same change made by hand) clears itself.
    void aConflictTheServerAlreadyReflectsClears()
    {
        const Booking booking = m_fx.nextFutureBooking();
        const QDateTime mine = booking.startTime.addDays(1);
        QVERIFY(moveOffline(booking, mine) > 0);
        QVERIFY(moveOnServer(booking.id, booking.startTime.addDays(3)));
        const auto replay = awaitCallback<ReplayReport>(
            [&](QObject *context, auto done) { m_fx.actions->replayOutbox(context, done); });
        QVERIFY(replay && replay->conflicts == 1);
        // Someone moves it to the time this desk wanted; the next sync sees it.
        QVERIFY(moveOnServer(booking.id, mine));
        const std::optional<Booking> current = serverBooking(booking.id);
        QVERIFY(current);
        QString error;
        QVERIFY(m_fx.cache->storeDetail(*current, std::nullopt, &error));
        QCOMPARE(m_fx.actions->settleOutbox(), 1);
        QVERIFY(m_fx.cache->outbox().isEmpty());
        QCOMPARE(m_fx.cache->auditLog(1).first().result, QStringLiteral("settled"));
    }

    // A change that cannot reach the server marks the app offline at once; the first answer
    // marks it online and replays the outbox without waiting for the next refresh.
    void offlineAtOnceAndReplayedAtTheFirstAnswer()
    {
        SyncEngine engine(m_fx.client.get(), m_fx.cache.get());
        engine.setActions(m_fx.actions.get());
        engine.setInterval(3600s);
        QSignalSpy passes(&engine, &SyncEngine::syncFinished);
        engine.start();
        QVERIFY(passes.wait(20000));
        QVERIFY(!engine.isOffline());
        QSignalSpy offline(&engine, &SyncEngine::offlineChanged);

        const Booking booking = m_fx.nextFutureBooking();
        const QDateTime mine = booking.startTime.addDays(1);
        QVERIFY(moveOffline(booking, mine) > 0);
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.first().first().toBool(), true);
        QVERIFY(engine.isOffline());

        // Any request answered (here: the details of a booking) brings it back.
        QVERIFY(serverBooking(booking.id));
        QCOMPARE(offline.size(), 2);
        QCOMPARE(offline.last().first().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.cache->outbox().isEmpty(), 10000);
        const std::optional<Booking> onServer = serverBooking(booking.id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, mine);
        engine.stop();
    }
};

QTEST_MAIN(TestCustomerDesk)
#include "tst_customerdesk.moc"
