#include "arrival.h"
#include "bookingcache.h"
#include "bookingjson.h"
#include "cacheschema.h"
#include "searchtext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

Booking makeBooking(int n, const QString &name, const QString &phone, const QString &service,
                    BookingStatus status = BookingStatus::Confirmed)
{
    QJsonObject object{
        {"id", QStringLiteral("b%1").arg(n, 4, 10, QLatin1Char('0'))},
        {"lead_id", QStringLiteral("l%1").arg(n)},
        {"start_time",
         QStringLiteral("2026-03-%1T09:00:00Z").arg(10 + n % 10, 2, 10, QLatin1Char('0'))},
        {"end_time",
         QStringLiteral("2026-03-%1T09:30:00Z").arg(10 + n % 10, 2, 10, QLatin1Char('0'))},
        {"status", BookingStatuses::wireName(status)},
        {"metadata", QJsonObject{{"service", service},
                                 {"notes", "Bitte klingeln"},
                                 {"nested", QJsonObject{{"a", 1}}}}},
        {"updated_at", "2026-03-01T10:00:00.123456+00:00"},
        {"x_future_field", "kept"},
        {"lead", QJsonObject{{"id", QStringLiteral("l%1").arg(n)},
                             {"name", name},
                             {"email", phone.isEmpty() ? QJsonValue()
                                                       : QJsonValue(name.left(3) + "@example.com")},
                             {"phone", phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
                             {"channel", "whatsapp"},
                             {"status", "booked"}}},
    };
    QString error;
    auto booking = BookingJson::decodeBooking(object, &error);
    Q_ASSERT(booking);
    return *booking;
}

QList<Booking> sample()
{
    return {makeBooking(1, "Jürgen Weiß", "+49 151 2345678", "Haircut"),
            makeBooking(2, "Zoë Ångström", "0151/9988776", "Physiotherapy 30 min"),
            makeBooking(3, "山田 太郎", "", "Consultation", BookingStatus::Cancelled),
            makeBooking(4, "Anna Schmidt", "+1 (555) 010-2030", "Beard trim*[x]?",
                        BookingStatus::Completed)};
}

QStringList ids(const QList<Booking> &bookings)
{
    QStringList result;
    for (const Booking &booking : bookings)
        result.append(booking.id);
    return result;
}

} // namespace

class TestBookingCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("c%1/cache.sqlite").arg(++m_files));
    }

private Q_SLOTS:
    void opensWithWalAndCurrentSchema()
    {
        BookingCache cache;
        QString error;
        QVERIFY2(cache.open(freshPath(), &error), qPrintable(error));
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    // The second upsert of the pass finds its bookings cached: the first pass's insert
    // fails on their ids and they are compared instead, which is no failure to log.
    void upsertReportsInsertedChangedUnchanged()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("SQL failed")));
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        const qint64 pass = cache.beginPass(&error);
        QCOMPARE(pass, 1);
        auto first = cache.upsert(sample(), pass, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->inserted.size(), 4);
        QVERIFY(first->changed.isEmpty());

        QList<Booking> again = sample();
        QJsonObject changed = QJsonDocument::fromJson(again[1].json).object();
        changed["status"] = "rescheduled";
        again[1] = *BookingJson::decodeBooking(changed, &error);
        auto second = cache.upsert(again, pass, &error);
        QVERIFY(second);
        QVERIFY(second->inserted.isEmpty());
        QCOMPARE(second->changed, QStringList{QStringLiteral("b0002")});
        QCOMPARE(second->unchanged, 3);
        QCOMPARE(cache.booking(QStringLiteral("b0002"))->status, BookingStatus::Rescheduled);
    }

    // Every write hands over the list rows of what it inserted or changed: exactly what
    // reading them back from the cache gives (the list applies them instead of reading).
    void writesGiveTheListRowsTheCacheHas()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        const auto byId = [](QList<BookingRow> rows) {
            std::sort(rows.begin(), rows.end(),
                      [](const BookingRow &a, const BookingRow &b) { return a.id < b.id; });
            return rows;
        };
        QList<Booking> bookings = sample();
        bookings.append(makeBooking(5, "Ines", "+43 1 234", "Massage", BookingStatus::NoShow));
        bookings.append(makeBooking(6, "Ola", "", "", BookingStatus::Rescheduled));
        QJsonObject arrived = QJsonDocument::fromJson(bookings[0].json).object();
        arrived["id"] = "b0007";
        arrived["metadata"] = Arrival::marked(arrived["metadata"].toObject(),
                                              bookings[0].startTime.addSecs(-120), "desk");
        bookings.append(*BookingJson::decodeBooking(arrived, &error));
        Booking noLead = makeBooking(8, "x", "", "Walk-in");
        noLead.lead.reset();
        noLead.leadId.clear();
        noLead.json.clear(); // built in code: the cache writes what it would have said
        bookings.append(noLead);
        // A string that does not survive UTF-8 (possible only in a booking built in code).
        Booking odd = makeBooking(9, "Lone half", "1", "Cut");
        odd.lead->name += QChar(0xD800);
        odd.json.clear();
        bookings.append(odd);

        const qint64 pass = cache.beginPass(&error);
        const auto first = cache.upsert(bookings, pass, &error, true);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->rows.size(), bookings.size());
        QCOMPARE(byId(first->rows), byId(cache.rows(ids(bookings))));
        QVERIFY(std::any_of(first->rows.cbegin(), first->rows.cend(),
                            [](const BookingRow &row) { return row.arrivedMs != 0; }));

        // Only what changed; a brief row is merged over the cached record.
        QList<Booking> again = sample();
        QJsonObject moved = QJsonDocument::fromJson(again[2].json).object();
        moved["start_time"] = "2026-04-01T08:00:00Z";
        moved["end_time"] = "2026-04-01T08:45:00Z";
        moved.remove("metadata");
        Booking brief = *BookingJson::decodeBooking(moved, &error);
        brief.brief = true;
        brief.json = QJsonDocument(moved).toJson(QJsonDocument::Compact);
        again[2] = brief;
        const auto second = cache.upsert(again, pass, &error, true);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->changed, QStringList{QStringLiteral("b0003")});
        QCOMPARE(second->rows, cache.rows({QStringLiteral("b0003")}));
        QCOMPARE(second->rows.first().field(BookingRow::Service), u"Consultation");

        // A full record: its row when written, none when unchanged.
        QJsonObject detail = QJsonDocument::fromJson(bookings[1].json).object();
        detail["status"] = "no_show";
        BookingRow row;
        const auto stored = cache.storeDetail(*BookingJson::decodeBooking(detail, &error),
                                              std::nullopt, &error, &row);
        QCOMPARE(stored, BookingCache::DetailOutcome::Changed);
        QCOMPARE(QList<BookingRow>{row}, cache.rows({QStringLiteral("b0002")}));
        QCOMPARE(row.status, BookingStatus::NoShow);
        BookingRow none;
        QCOMPARE(cache.storeDetail(*BookingJson::decodeBooking(detail, &error), std::nullopt,
                                   &error, &none),
                 BookingCache::DetailOutcome::Unchanged);
        QVERIFY(none.id.isEmpty());
    }

    // A first pass builds the status and lead indexes once at its end; until then queries
    // scan, and an open after a pass that never finished builds them.
    void firstPassBuildsItsIndexesAtTheEnd()
    {
        const QString path = freshPath();
        const auto indexes = [&path] {
            QStringList names;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("indexes"));
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery query(db);
                    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'index' AND tbl_name = 'bookings' AND sql IS NOT "
                                              "NULL ORDER BY name"));
                    while (query.next())
                        names.append(query.value(0).toString());
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("indexes"));
            return names;
        };
        const QStringList built = {QStringLiteral("bookings_lead"),
                                   QStringLiteral("bookings_status")};
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(path, &error));
        QCOMPARE(indexes(), built);
        const qint64 pass = cache.beginPass(&error);
        QVERIFY(cache.upsert(sample(), pass, &error));
        QCOMPARE(indexes(), QStringList());
        BookingQuery byLead;
        byLead.leadId = QStringLiteral("l2");
        BookingQuery cancelled;
        cancelled.statuses = {BookingStatus::Cancelled};
        QCOMPARE(ids(cache.bookings(byLead)), QStringList{QStringLiteral("b0002")});
        QCOMPARE(ids(cache.bookings(cancelled)), QStringList{QStringLiteral("b0003")});
        cache.finishPass();
        QCOMPARE(indexes(), built);
        QCOMPARE(ids(cache.bookings(byLead)), QStringList{QStringLiteral("b0002")});

        // A later pass finds bookings cached and keeps the indexes.
        const qint64 next = cache.beginPass(&error);
        QVERIFY(cache.upsert(sample(), next, &error));
        QCOMPARE(indexes(), built);
        cache.finishPass();
        cache.close();

        // As after a first pass killed before its end.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(CacheSchema::dropBookingIndexes(db, &error));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
        QCOMPARE(indexes(), QStringList());
        QVERIFY(cache.open(path, &error));
        QCOMPARE(indexes(), built);
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    // During a pass SQLite does not checkpoint; WalCheckpointer does, and finishPass() waits
    // for its last copy: the database file then holds the pass without its log.
    void finishedPassIsInTheDatabaseFile()
    {
        const QString path = freshPath();
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(path, &error));
        const qint64 empty = QFileInfo(path).size();
        QList<Booking> bookings;
        for (int n = 1; n <= 1000; ++n)
            bookings.append(makeBooking(n, QStringLiteral("Anna Schmidt"),
                                        QStringLiteral("+49 151 2345678"), QStringLiteral("Cut")));
        const qint64 pass = cache.beginPass(&error);
        QVERIFY2(cache.upsert(bookings, pass, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), empty);
        cache.finishPass();
        QVERIFY2(QFileInfo(path).size() > empty + 1000 * 500,
                 qPrintable(QString::number(QFileInfo(path).size())));
        QCOMPARE(cache.count(), 1000);
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    }

    void roundTripKeepsEverything()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        const QList<Booking> bookings = sample();
        QVERIFY(cache.upsert(bookings, cache.beginPass(&error), &error));
        for (const Booking &original : bookings) {
            const auto stored = cache.booking(original.id);
            QVERIFY(stored);
            QCOMPARE(*stored, original);
            QVERIFY(stored->json.contains("x_future_field"));
        }
        QVERIFY(!cache.booking(QStringLiteral("nope")));
    }

    void removeUnseenOnlyDropsWhatThePassMissed()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        QVERIFY(cache.upsert(sample(), cache.beginPass(&error), &error));
        const qint64 second = cache.beginPass(&error);
        QList<Booking> seen = sample();
        seen.removeAt(2);
        QVERIFY(cache.upsert(seen, second, &error));
        const auto removed = cache.removeUnseen(second, &error);
        QVERIFY(removed);
        QCOMPARE(*removed, QStringList{QStringLiteral("b0003")});
        QCOMPARE(cache.count(), 3);
        // Search rows go with their bookings.
        BookingQuery query;
        query.search = QStringLiteral("山田");
        QVERIFY(cache.bookings(query).isEmpty());
    }

    void removalNeedsThePassWrittenHere()
    {
        const QString path = freshPath();
        QString error;
        qint64 pass = 0;
        {
            BookingCache cache;
            QVERIFY(cache.open(path, &error));
            pass = cache.beginPass(&error);
            QVERIFY(cache.upsert(sample().mid(0, 2), pass, &error));
        }
        // Another object on the same file never saw what the pass wrote: everything would
        // look unseen, so it refuses rather than empty the cache.
        BookingCache reopened;
        QVERIFY(reopened.open(path, &error));
        QVERIFY(!reopened.removeUnseen(pass, &error));
        QCOMPARE(reopened.count(), 2);
        // A pass that finds every booking unchanged still counts them as seen.
        const qint64 next = reopened.beginPass(&error);
        const auto again = reopened.upsert(sample().mid(0, 2), next, &error);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 2);
        const auto removed = reopened.removeUnseen(next, &error);
        QVERIFY2(removed, qPrintable(error));
        QVERIFY(removed->isEmpty());
        QCOMPARE(reopened.count(), 2);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<BookingStatus>>("statuses");
        QTest::addColumn<QStringList>("expected");
        const QList<BookingStatus> all;
        QTest::newRow("everything") << "" << all << QStringList{"b0001", "b0002", "b0003", "b0004"};
        QTest::newRow("name without accents") << "jurgen" << all << QStringList{"b0001"};
        QTest::newRow("name with accents, any case") << "ÅNGSTRÖM" << all << QStringList{"b0002"};
        QTest::newRow("sharp s") << "weiss" << all << QStringList{"b0001"};
        QTest::newRow("cjk") << "山田" << all << QStringList{"b0003"};
        QTest::newRow("two words") << "anna trim" << all << QStringList{"b0004"};
        QTest::newRow("two words, one missing") << "anna haircut" << all << QStringList{};
        QTest::newRow("national phone finds international")
            << "0151 234" << all << QStringList{"b0001"};
        QTest::newRow("international finds national") << "151 998" << all << QStringList{"b0002"};
        QTest::newRow("formatted US") << "555-010" << all << QStringList{"b0004"};
        QTest::newRow("service") << "physio" << all << QStringList{"b0002"};
        QTest::newRow("notes") << "klingeln" << all
                               << QStringList{"b0001", "b0002", "b0003", "b0004"};
        QTest::newRow("email") << "zoë@" << all << QStringList{"b0002"};
        QTest::newRow("glob characters are literal") << "*[x]?" << all << QStringList{"b0004"};
        QTest::newRow("a star alone matches nothing special") << "*" << all << QStringList{"b0004"};
        QTest::newRow("two letters") << "an" << all << QStringList{"b0002", "b0004"};
        QTest::newRow("status filter")
            << "" << QList<BookingStatus>{BookingStatus::Cancelled, BookingStatus::Completed}
            << QStringList{"b0003", "b0004"};
        QTest::newRow("status and search")
            << "anna" << QList<BookingStatus>{BookingStatus::Cancelled} << QStringList{};
    }

    void queries()
    {
        QFETCH(QString, search);
        QFETCH(QList<BookingStatus>, statuses);
        QFETCH(QStringList, expected);
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        QVERIFY(cache.upsert(sample(), cache.beginPass(&error), &error));
        BookingQuery query;
        query.search = search;
        query.statuses = statuses;
        QStringList found = ids(cache.bookings(query));
        found.sort();
        QCOMPARE(found, expected);
    }

    void timeRange()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(freshPath(), &error));
        QVERIFY(cache.upsert(sample(), cache.beginPass(&error), &error));
        BookingQuery query;
        query.from = QDateTime(QDate(2026, 3, 12), QTime(0, 0), Qt::UTC);
        query.to = QDateTime(QDate(2026, 3, 14), QTime(0, 0), Qt::UTC);
        QCOMPARE(ids(cache.bookings(query)), (QStringList{"b0002", "b0003"}));
    }

    void outboxSurvivesReopen()
    {
        const QString path = freshPath();
        QString error;
        qint64 id = 0;
        {
            BookingCache cache;
            QVERIFY(cache.open(path, &error));
            OutboxEntry entry;
            entry.bookingId = QStringLiteral("b0001");
            entry.action = OutboxEntry::Action::Patch;
            entry.payload = QJsonObject{{"status", "no_show"}};
            entry.baseStatus = QStringLiteral("confirmed");
            entry.baseUpdatedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
            entry.createdAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
            const auto inserted = cache.enqueue(entry, &error);
            QVERIFY2(inserted, qPrintable(error));
            id = *inserted;
            OutboxEntry cancel = entry;
            cancel.action = OutboxEntry::Action::Cancel;
            cancel.payload = QJsonObject{{"reason", "ill"}};
            QVERIFY(cache.enqueue(cancel, &error));
        }
        BookingCache cache;
        QVERIFY(cache.open(path, &error));
        QList<OutboxEntry> entries = cache.outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].id, id);
        QVERIFY(entries[0].id < entries[1].id);
        QCOMPARE(entries[0].payload.value("status").toString(), QStringLiteral("no_show"));
        QCOMPARE(entries[1].action, OutboxEntry::Action::Cancel);
        QCOMPARE(entries[0].state, OutboxEntry::State::Pending);

        entries[0].state = OutboxEntry::State::Conflict;
        entries[0].serverJson = QByteArrayLiteral("{\"id\":\"b0001\"}");
        QVERIFY(cache.updateOutbox(entries[0], &error));
        QCOMPARE(cache.outboxEntry(id)->state, OutboxEntry::State::Conflict);
        QVERIFY(cache.removeOutbox(id, &error));
        QCOMPARE(cache.outbox().size(), 1);
    }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < CacheSchema::kCurrentVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        QString error;
        {
            BookingCache old;
            QVERIFY2(old.open(path, &error, from), qPrintable(error));
        }
        if (from >= 1) {
            // Rows as the writers of versions 1 to 5 left them: the columns all of them have
            // (today's writer also sets the later columns, which an old file does not have).
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const Booking &booking : sample()) {
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral(
                    "INSERT INTO bookings (id, lead_id, start_ms, end_ms, status, has_lead, "
                    "customer, phone, email, channel, service, meeting_url, search_text, "
                    "search_digits, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                const Lead lead = booking.lead.value_or(Lead{});
                for (const QVariant &value : QVariantList{
                         booking.id, booking.leadId, booking.startTime.toMSecsSinceEpoch(),
                         booking.endTime.toMSecsSinceEpoch(),
                         BookingStatuses::wireName(booking.status), booking.lead.has_value(),
                         lead.name, lead.phone, lead.email, LeadInfo::wireName(lead.channel),
                         booking.service(), booking.meetingUrl, SearchText::bookingText(booking),
                         SearchText::bookingDigits(booking), booking.json})
                    insert.addBindValue(value);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            // The file really is at the old version.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(CacheSchema::version(db), from);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));

        BookingCache cache;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(cache.count(), from >= 1 ? 4 : 0);
        if (from >= 1) {
            // Rows written by older versions read, list and search as new ones do.
            QCOMPARE(*cache.booking(QStringLiteral("b0002")), sample().at(1));
            QCOMPARE(cache.rows().size(), 4);
            BookingQuery query;
            query.search = QStringLiteral("jurgen 0151 234");
            QCOMPARE(ids(cache.bookings(query)), QStringList{QStringLiteral("b0001")});
        }
        OutboxEntry entry;
        entry.bookingId = QStringLiteral("b0001");
        QVERIFY(cache.enqueue(entry, &error));
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        QString error;
        {
            BookingCache cache;
            QVERIFY(cache.open(path, &error));
            QVERIFY(cache.setMeta(QStringLiteral("x"), QStringLiteral("y")));
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        BookingCache cache;
        QVERIFY(!cache.open(path, &error));
        QVERIFY(error.contains(QLatin1String("newer")));
    }

    void databasePathPerServerAndAccount()
    {
        const QString a = BookingCache::databasePath(
            QStringLiteral("/d"), QUrl(QStringLiteral("https://desk.example.com")),
            QStringLiteral("Anna@Example.com"));
        const QString b = BookingCache::databasePath(QStringLiteral("/d"),
                                                     QUrl(QStringLiteral("http://127.0.0.1:8001")),
                                                     QStringLiteral("anna@example.com"));
        const QString c = BookingCache::databasePath(QStringLiteral("/d"),
                                                     QUrl(QStringLiteral("http://127.0.0.1:8002")),
                                                     QStringLiteral("anna@example.com"));
        QCOMPARE(a, QStringLiteral("/d/desk.example.com/anna_example.com/cache.sqlite"));
        QVERIFY(a != b && b != c);
        QVERIFY(!a.contains(QLatin1String("..")));
        const QString hostile = BookingCache::databasePath(
            QStringLiteral("/d"), QUrl(QStringLiteral("https://x.example")),
            QStringLiteral("../../etc/passwd"));
        QVERIFY(hostile.startsWith(QLatin1String("/d/x.example/")));
        QVERIFY(!hostile.contains(QLatin1String("/../")));
    }
};

QTEST_GUILESS_MAIN(TestBookingCache)
#include "tst_bookingcache.moc"
