#include "bookingjson.h"
#include "bookingjsonsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace BookingJsonSamples;

// BookingJson's pages, single-record bodies and slot lists: envelopes, records that are
// skipped or kept, and bytes kept as sent. tst_bookingjson covers one record's fields.
class TestBookingJsonPages : public QObject
{
    Q_OBJECT

private slots:
    void decodeBookingBody_data();
    void decodeBookingBody();
    void pageEnvelope_data();
    void pageEnvelope();
    void pageWithOneBadRecord();
    void pageKeepsRecordBytes();
    void pageWithTwoBookingsKeysReserializes();
    void pageWithNonObjectRecords();
    void skippedIdOnlyWhenReadable();
    void slotList();
    void slotsSkipBadEntries();
    void slotEnvelope_data();
    void slotEnvelope();
    void mutatedPagesNeverCrash();
};

void TestBookingJsonPages::decodeBookingBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPrefix"); // empty: decodes

    QTest::newRow("record") << kFullRecord << QString();
    QTest::newRow("UTF-8 BOM") << "\xef\xbb\xbf" + compact(minimalRecord()) << QString();
    QTest::newRow("empty") << QByteArray() << "body:";
    QTest::newRow("whitespace") << " \r\n\t"_ba
                                << "body:";
    QTest::newRow("null") << "null"_ba
                          << "body:";
    QTest::newRow("array") << "[]"_ba
                           << "body:";
    QTest::newRow("array of record") << "[" + kFullRecord + "]"
                                     << "body:";
    QTest::newRow("string") << "\"ok\""_ba
                            << "body:";
    QTest::newRow("number") << "42"_ba
                            << "body:";
    QTest::newRow("truncated") << kFullRecord.left(kFullRecord.size() / 2) << "body:";
    QTest::newRow("trailing garbage") << compact(minimalRecord()) + "}"
                                      << "body:";
    QTest::newRow("HTML error page")
        << "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"_ba
        << "body:";
    QTest::newRow("invalid UTF-8")
        << minimalWithRaw(u"meeting_url"_s, "\"caf\xc3\x28\""_ba) << "body:";
    QTest::newRow("FastAPI detail") << R"({"detail":"Not found"})"_ba
                                    << "id:";
}

void TestBookingJsonPages::decodeBookingBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPrefix);

    QString error;
    const auto booking = BookingJson::decodeBookingBody(body, &error);
    QCOMPARE(booking.has_value(), errorPrefix.isEmpty());
    if (!booking)
        QVERIFY2(error.startsWith(errorPrefix), qPrintable(error));
}

void TestBookingJsonPages::pageEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPrefix"); // empty: decodes

    for (const PageCase &row : pageEnvelopeCases())
        QTest::newRow(row.name) << row.body << row.errorPrefix;
}

void TestBookingJsonPages::pageEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPrefix);

    QString error;
    const auto page = BookingJson::decodePage(body, &error);
    QCOMPARE(page.has_value(), errorPrefix.isEmpty());
    if (!page) {
        QVERIFY2(error.startsWith(errorPrefix), qPrintable(error));
        return;
    }
    QCOMPARE(page->bookings.size() + page->skipped.size(),
             QJsonDocument::fromJson(body).object().value(u"bookings").toArray().size());
}

void TestBookingJsonPages::pageWithOneBadRecord()
{
    QString error;
    const auto page = BookingJson::decodePage(oneBadRecordPage(), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->total, 15);
    QCOMPARE(page->page, 1);
    QCOMPARE(page->size, 20);
    QCOMPARE(page->bookings.size(), 4);
    QStringList ids;
    for (const Booking &booking : page->bookings)
        ids.append(booking.id);
    QCOMPARE(ids, QStringList({u"b1"_s, u"b2"_s, u"b4"_s, u"b5"_s}));
    QCOMPARE(page->skipped.size(), 1);
    QCOMPARE(page->skipped.first().index, 2);
    QCOMPARE(page->skipped.first().id, u"b3"_s);
    QVERIFY2(page->skipped.first().reason.startsWith(u"status:"),
             qPrintable(page->skipped.first().reason));
}

void TestBookingJsonPages::pageKeepsRecordBytes()
{
    const auto [body, records] = recordBytesPage();
    QString error;
    const auto page = BookingJson::decodePage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->total, 3);
    QCOMPARE(page->bookings.size(), 2);
    QCOMPARE(page->skipped.size(), 1);
    QCOMPARE(page->bookings.at(0).id, u"a]}1"_s);
    QCOMPARE(page->bookings.at(0).lead->name, u"José"_s);
    QCOMPARE(page->bookings.at(0).json, records.at(0));
    QCOMPARE(page->bookings.at(1).json, records.at(1));
    // What the cache does with the bytes: read them back as the same booking.
    const auto again = BookingJson::decodeRecord(page->bookings.at(0).json, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, page->bookings.at(0));
}

void TestBookingJsonPages::pageWithTwoBookingsKeysReserializes()
{
    // Which of two "bookings" arrays counts is the JSON parser's business; the bytes kept
    // must be those of the records decoded, so the codec falls back to re-serializing.
    const auto page = BookingJson::decodePage(twoBookingsKeysPage(), nullptr);
    QVERIFY(page);
    QCOMPARE(page->bookings.size(), 1);
    const Booking &booking = page->bookings.first();
    QCOMPARE(booking.json, compact(minimalRecord(booking.id)));
    QVERIFY(booking.id == u"first"_s || booking.id == u"second"_s);
}

void TestBookingJsonPages::pageWithNonObjectRecords()
{
    const auto page = BookingJson::decodePage(nonObjectRecordsPage(), nullptr);
    QVERIFY(page);
    QCOMPARE(page->bookings.size(), 1);
    QCOMPARE(page->skipped.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(page->skipped.at(i).index, i);
        QVERIFY(page->skipped.at(i).id.isEmpty());
        QVERIFY(!page->skipped.at(i).reason.isEmpty());
    }
}

void TestBookingJsonPages::skippedIdOnlyWhenReadable()
{
    const auto page = BookingJson::decodePage(unreadableIdsPage(), nullptr);
    QVERIFY(page);
    QCOMPARE(page->skipped.size(), 3);
    QVERIFY(page->skipped.at(0).id.isEmpty());
    QVERIFY(page->skipped.at(0).reason.startsWith(u"id:"));
    QVERIFY(page->skipped.at(1).id.isEmpty());
    QCOMPARE(page->skipped.at(2).id, QString(128, u'y'));
    QVERIFY(page->skipped.at(2).reason.startsWith(u"start_time:"));
}

void TestBookingJsonPages::slotList()
{
    const QByteArray body = R"({
        "slots": [{"start": "2026-03-15T10:00:00Z", "end": "2026-03-15T10:30:00Z"},
                  {"start": "2026-03-15T12:00:00.000000+01:00", "end": "2026-03-15T11:30:00Z",
                   "capacity": 2}],
        "start_date": "2026-03-15", "end_date": "2026-03-22", "event_type_id": 123456})";
    QString error;
    const auto list = BookingJson::decodeSlots(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->timeSlots.size(), 2);
    QCOMPARE(list->timeSlots.at(0), (TimeSlot{utc(2026, 3, 15, 10, 0), utc(2026, 3, 15, 10, 30)}));
    QCOMPARE(list->timeSlots.at(1), (TimeSlot{utc(2026, 3, 15, 11, 0), utc(2026, 3, 15, 11, 30)}));
    QCOMPARE(list->startDate, QDate(2026, 3, 15));
    QCOMPARE(list->endDate, QDate(2026, 3, 22));
    QCOMPARE(list->eventTypeId, std::optional<qint64>(123456));
    QCOMPARE(list->skipped, 0);
}

void TestBookingJsonPages::slotsSkipBadEntries()
{
    const QByteArray body = R"({"slots": [
        {"start": "2026-03-15T10:00:00Z", "end": "2026-03-15T10:30:00Z"},
        {"start": "2026-03-15T10:00:00Z", "end": "2026-03-15T10:00:00Z"},
        {"start": "2026-03-15T10:30:00Z", "end": "2026-03-15T10:00:00Z"},
        {"start": "2026-03-15T10:00:00Z"},
        {"start": "2026-03-15T10:00:00", "end": "2026-03-15T10:30:00"},
        {"start": 1, "end": 2},
        {"start": null, "end": "2026-03-15T10:30:00Z"},
        "2026-03-15T10:00:00Z", 5, null, [], {},
        {"start": "2026-03-15T11:00:00Z", "end": "2026-03-15T11:30:00Z"}
    ], "start_date": "15.03.2026", "end_date": null, "event_type_id": "n/a"})";
    QString error;
    const auto list = BookingJson::decodeSlots(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->timeSlots.size(), 2);
    QCOMPARE(list->timeSlots.at(1).start, utc(2026, 3, 15, 11, 0));
    QCOMPARE(list->skipped, 11);
    QVERIFY(!list->startDate.isValid());
    QVERIFY(!list->endDate.isValid());
    QVERIFY(!list->eventTypeId);
}

void TestBookingJsonPages::slotEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPrefix");

    QTest::newRow("empty list") << R"({"slots":[]})"_ba << QString();
    QTest::newRow("empty") << QByteArray() << "body:";
    QTest::newRow("null") << "null"_ba
                          << "body:";
    QTest::newRow("HTML") << "<html>Service Unavailable</html>"_ba
                          << "body:";
    QTest::newRow("bare array") << R"([{"start":"2026-03-15T10:00:00Z"}])"_ba
                                << "body:";
    QTest::newRow("slots missing") << R"({"start_date":"2026-03-15"})"_ba
                                   << "slots:";
    QTest::newRow("slots object") << R"({"slots":{"start":"x"}})"_ba
                                  << "slots:";
    QTest::newRow("slots null") << R"({"slots":null})"_ba
                                << "slots:";
}

void TestBookingJsonPages::slotEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPrefix);

    QString error;
    const auto list = BookingJson::decodeSlots(body, &error);
    QCOMPARE(list.has_value(), errorPrefix.isEmpty());
    if (!list)
        QVERIFY2(error.startsWith(errorPrefix), qPrintable(error));
}

void TestBookingJsonPages::mutatedPagesNeverCrash()
{
    const QList<QByteArray> seeds = mutationSeeds();
    QRandomGenerator random(20240607);
    int decodedPages = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = seeds.at(random.bounded(int(seeds.size())));
        mutateBytes(&body, &random);

        QString error;
        const auto page = BookingJson::decodePage(body, &error);
        BookingJson::decodeBookingBody(body, nullptr);
        BookingJson::decodeSlots(body, nullptr);
        if (!page) {
            QVERIFY2(!error.isEmpty(), qPrintable(QString::number(round)));
            continue;
        }
        ++decodedPages;
        const qsizetype records =
            QJsonDocument::fromJson(body).object().value(u"bookings").toArray().size();
        QVERIFY2(page->bookings.size() + page->skipped.size() == records,
                 qPrintable(QString::number(round)));
        int previous = -1;
        for (const SkippedRecord &skipped : page->skipped) {
            QVERIFY(skipped.index > previous && skipped.index < records);
            QVERIFY(!skipped.reason.isEmpty());
            previous = skipped.index;
        }
        for (const Booking &booking : page->bookings) {
            QVERIFY(!booking.id.isEmpty());
            QVERIFY(booking.startTime.isValid() && booking.startTime <= booking.endTime);
            const auto again = BookingJson::decodeBooking(BookingJson::encode(booking), &error);
            QVERIFY2(again, qPrintable(QString::number(round) + u' ' + error));
            compareTyped(*again, booking);
        }
    }
    // Guards the generator itself: mutations that always broke the JSON would test nothing.
    QVERIFY2(decodedPages > 1000, qPrintable(QString::number(decodedPages)));
}

QTEST_GUILESS_MAIN(TestBookingJsonPages)
#include "tst_bookingjsonpages.moc"
