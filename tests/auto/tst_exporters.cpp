#include "arrival.h"
#include "bookingcsvexporter.h"
#include "bookingicsexporter.h"
#include "bookingjson.h"
#include "exportchecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kLongNotes = QString::fromUtf8(
    "Ärztliche Überweisung liegt vor; Größe 1,85 m. Пациент просит перезвонить заранее, "
    "日本語のメモもあります。Emoji 😀🎉 mitten im Text, und noch ein ß und ein é, damit die "
    "Zeile weit über 75 Oktette hinausgeht und mehrfach gefaltet werden muss.\n"
    "Zweite Zeile, mit \\ Backslash; Semikolon und \"Anführungszeichen\".");

Booking makeBooking(const QJsonObject &object)
{
    QString error;
    const std::optional<Booking> booking = BookingJson::decodeBooking(object, &error);
    if (!booking)
        qFatal("test booking does not decode: %s", qPrintable(error));
    return *booking;
}

QJsonObject lead(const QString &name, const QJsonValue &email, const QJsonValue &phone,
                 const QString &channel = QStringLiteral("whatsapp"))
{
    return {{"id", "lead-1"}, {"name", name},       {"email", email},
            {"phone", phone}, {"channel", channel}, {"status", "booked"}};
}

QList<Booking> sampleBookings()
{
    return {
        makeBooking({{"id", "b-1"},
                     {"start_time", "2026-03-20T14:00:00Z"},
                     {"end_time", "2026-03-20T14:45:00Z"},
                     {"status", "confirmed"},
                     {"meeting_url", "https://meet.example/room?x=1,2"},
                     {"updated_at", "2026-03-01T10:00:00Z"},
                     {"metadata", QJsonObject{{"service", "Haircut; wash"},
                                              {"notes", "Line one\nLine two, with comma"}}},
                     {"lead", lead(QStringLiteral("Zoë \"Zo\" O'Brien, Jr."), "zoe@example.com",
                                   "+49 151 2345")}}),
        makeBooking({{"id", "b-2"},
                     {"start_time", "2026-03-21T08:00:00+01:00"},
                     {"end_time", "2026-03-21T08:30:00+01:00"},
                     {"status", "cancelled"},
                     {"metadata", QJsonObject{{"service", "-2+3"}, {"notes", "@SUM(A1)"}}},
                     {"lead", lead(QStringLiteral("=HYPERLINK(\"http://evil.example\")"),
                                   QJsonValue::Null, "=1+1", "carrier_pigeon")}}),
        makeBooking({{"id", "b-3"},
                     {"start_time", "2026-03-22T09:15:00.250Z"},
                     {"end_time", "2026-03-22T10:15:00Z"},
                     {"status", "no_show"},
                     {"metadata", QJsonObject{{"service", QString::fromUtf8("Massage 山田")},
                                              {"notes", kLongNotes}}},
                     {"lead", lead(QString::fromUtf8("Дмитрий 山田 😀"), "dmitri@example.ru",
                                   QJsonValue::Null, "telegram")}}),
        makeBooking({{"id", "b-4"},
                     {"start_time", "2026-03-23T12:00:00Z"},
                     {"end_time", "2026-03-23T12:20:00Z"},
                     {"status", "completed"},
                     {"lead", QJsonValue::Null}}),
        makeBooking({{"id", "b-5"},
                     {"start_time", "2026-03-24T16:00:00Z"},
                     {"end_time", "2026-03-24T17:00:00Z"},
                     {"status", "rescheduled"},
                     {"metadata", QJsonObject{{"service", "Check-up"}}},
                     {"lead", lead(QStringLiteral("Ana"), QJsonValue::Null, "0151 99")}}),
    };
}

const char *const kIcsScript = R"(
import json, sys
from datetime import timezone
from icalendar import Calendar

with open(sys.argv[1], 'rb') as f:
    calendar = Calendar.from_ical(f.read())

def utc(event, name):
    value = event.decoded(name)
    raw = event[name].to_ical().decode()
    return {'utc': raw.endswith('Z') and value.utcoffset().total_seconds() == 0,
            'text': value.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}

events = []
for event in calendar.walk('VEVENT'):
    attendee = event.get('ATTENDEE')
    events.append({
        'uid': str(event['UID']),
        'dtstart': utc(event, 'DTSTART'),
        'dtend': utc(event, 'DTEND'),
        'summary': str(event['SUMMARY']),
        'status': str(event['STATUS']),
        'description': str(event.get('DESCRIPTION', '')),
        'url': str(event.get('URL', '')),
        'attendee': str(attendee) if attendee is not None else '',
        'cn': str(attendee.params.get('CN', '')) if attendee is not None else '',
    })
print(json.dumps({'version': str(calendar['VERSION']), 'prodid': str(calendar['PRODID']),
                  'calscale': str(calendar.get('CALSCALE', '')), 'events': events}))
)";

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvStartsWithBomAndHeader()
    {
        const QByteArray csv = BookingCsvExporter::toCsv(sampleBookings());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.mid(3).startsWith("id,start,end,duration_minutes,status,customer,phone,email,"
                                      "channel,service,notes,meeting_url,arrived_at,arrived_by\r\n"));
        const QByteArray empty = BookingCsvExporter::toCsv({});
        QCOMPARE(empty.count("\r\n"), 1);
    }

    void csvRoundTrip()
    {
        const QList<Booking> bookings = sampleBookings();
        const QByteArray csv = BookingCsvExporter::toCsv(bookings);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(csv.mid(3));
        QVERIFY(!decoder.hasError());
        const std::optional<QList<QStringList>> records = ExportChecks::parseCsv(text);
        QVERIFY2(records, "not RFC 4180");
        QCOMPARE(records->size(), bookings.size() + 1);
        QCOMPARE(records->first(), BookingCsvExporter::columnNames());
        for (qsizetype i = 0; i < bookings.size(); ++i) {
            QStringList expected;
            for (const QString &value : BookingCsvExporter::row(bookings.at(i)))
                expected.append(BookingCsvExporter::defuse(value));
            QCOMPARE(records->at(i + 1), expected);
        }

        const QStringList first = records->at(1);
        QCOMPARE(first.at(0), QStringLiteral("b-1"));
        QCOMPARE(first.at(1), QStringLiteral("2026-03-20T14:00:00Z"));
        QCOMPARE(first.at(2), QStringLiteral("2026-03-20T14:45:00Z"));
        QCOMPARE(first.at(3), QStringLiteral("45"));
        QCOMPARE(first.at(4), QStringLiteral("confirmed"));
        QCOMPARE(first.at(5), QStringLiteral("Zoë \"Zo\" O'Brien, Jr."));
        QCOMPARE(first.at(6), QStringLiteral("'+49 151 2345"));
        QCOMPARE(first.at(8), QStringLiteral("whatsapp"));
        QCOMPARE(first.at(9), QStringLiteral("Haircut; wash"));
        QCOMPARE(first.at(10), QStringLiteral("Line one\nLine two, with comma"));
        QCOMPARE(first.at(11), QStringLiteral("https://meet.example/room?x=1,2"));

        const QStringList second = records->at(2);
        QCOMPARE(second.at(1), QStringLiteral("2026-03-21T07:00:00Z"));
        QCOMPARE(second.at(4), QStringLiteral("cancelled"));
        QCOMPARE(second.at(5), QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(second.at(6), QStringLiteral("'=1+1"));
        QCOMPARE(second.at(7), QString());
        QCOMPARE(second.at(8), QStringLiteral("carrier_pigeon"));
        QCOMPARE(second.at(9), QStringLiteral("'-2+3"));
        QCOMPARE(second.at(10), QStringLiteral("'@SUM(A1)"));

        const QStringList third = records->at(3);
        QCOMPARE(third.at(1), QStringLiteral("2026-03-22T09:15:00.250Z"));
        QCOMPARE(third.at(4), QStringLiteral("no_show"));
        QCOMPARE(third.at(5), QString::fromUtf8("Дмитрий 山田 😀"));
        QCOMPARE(third.at(10), kLongNotes);

        const QStringList fourth = records->at(4);
        QCOMPARE(fourth.at(3), QStringLiteral("20"));
        QCOMPARE(fourth.at(5), QString());
        QCOMPARE(fourth.at(9), QString());
    }

    void csvDefusesFormulas_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("plus") << "+49 30 1234"
                              << "'+49 30 1234";
        QTest::newRow("minus") << "-3"
                               << "'-3";
        QTest::newRow("at") << "@cmd"
                            << "'@cmd";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("plain") << "Anna"
                               << "Anna";
        QTest::newRow("inside") << "a=b+c"
                                << "a=b+c";
        QTest::newRow("empty") << ""
                               << "";
    }

    void csvDefusesFormulas()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BookingCsvExporter::defuse(input), expected);
    }

    void csvQuotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Anna"
                               << "Anna";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "x\ny"
                                 << "\"x\ny\"";
        QTest::newRow("crlf") << "x\r\ny"
                              << "\"x\r\ny\"";
        QTest::newRow("formula with comma") << "=a,b"
                                            << "\"'=a,b\"";
    }

    void csvQuotesWhatNeedsIt()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BookingCsvExporter::field(input), expected);
    }

    void icsEscapesText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Anna"
                               << "Anna";
        QTest::newRow("specials") << "a,b;c\\d"
                                  << "a\\,b\\;c\\\\d";
        QTest::newRow("lf") << "x\ny"
                            << "x\\ny";
        QTest::newRow("crlf") << "x\r\ny"
                              << "x\\ny";
        QTest::newRow("cr") << "x\ry"
                            << "x\\ny";
        QTest::newRow("controls") << QStringLiteral("a\x01"
                                                    "b\x7f"
                                                    "c\td")
                                  << "abc\td";
        QTest::newRow("unicode") << QString::fromUtf8("Größe 😀") << QString::fromUtf8("Größe 😀");
    }

    void icsEscapesText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BookingIcsExporter::escapeText(input), expected);
    }

    void icsFoldsAt75OctetsOnCharacterBoundaries_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("ascii 75") << QString(75, u'a');
        QTest::newRow("ascii 76") << QString(76, u'a');
        QTest::newRow("ascii 500") << QString(500, u'x');
        QTest::newRow("two-octet") << QStringLiteral("DESCRIPTION:") + QString(200, u'ä');
        QTest::newRow("three-octet") << QStringLiteral("SUMMARY:") + QString(100, QChar(0x5c71));
        QString emoji = QStringLiteral("X:");
        for (int i = 0; i < 80; ++i)
            emoji += QString::fromUtf8("😀");
        QTest::newRow("four-octet") << emoji;
        QTest::newRow("mixed") << QStringLiteral("DESCRIPTION:") +
                                      BookingIcsExporter::escapeText(kLongNotes);
    }

    void icsFoldsAt75OctetsOnCharacterBoundaries()
    {
        QFETCH(QString, line);
        const QByteArray folded = BookingIcsExporter::foldLine(line.toUtf8());
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            decoder.decode(part);
            QVERIFY2(!decoder.hasError(), "a UTF-8 sequence was split");
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            unfolded += part;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
        QCOMPARE(physical.size() > 1, line.toUtf8().size() > 75);
    }

    void icsStructure()
    {
        const QList<Booking> bookings = sampleBookings();
        const QDateTime stamp(QDate(2026, 3, 19), QTime(8, 0), Qt::UTC);
        const QByteArray ics = BookingIcsExporter::toIcs(bookings, stamp);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("\r"), ics.count("\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), bookings.size());
        QCOMPARE(ics.count("END:VEVENT\r\n"), bookings.size());
        QVERIFY(ics.contains("\r\nCALSCALE:GREGORIAN\r\n"));
        QVERIFY(ics.contains("\r\nDTSTAMP:20260319T080000Z\r\n"));
        QVERIFY(ics.contains("\r\nUID:b-1@frontdesk\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART:20260321T070000Z\r\n"));
        QVERIFY(ics.contains("\r\nSTATUS:CANCELLED\r\n"));
        QVERIFY(
            ics.contains("\r\nATTENDEE;CN=\"Zoë 'Zo' O'Brien, Jr.\":mailto:zoe@example.com\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets plus the CR
            QStringDecoder decoder(QStringDecoder::Utf8);
            decoder.decode(line);
            QVERIFY(!decoder.hasError());
        }
    }

    // The desk's arrival mark travels with the exports: CSV columns, and in .ics a line of
    // the description plus an X- property other programs can read.
    void arrivalsAreExported()
    {
        Booking booking = sampleBookings().first();
        const QDateTime at(QDate(2026, 3, 21), QTime(6, 55), Qt::UTC);
        booking.metadata = Arrival::marked(booking.metadata, at, QStringLiteral("anna@desk.de"));
        const QStringList row = BookingCsvExporter::row(booking);
        const QStringList names = BookingCsvExporter::columnNames();
        QCOMPARE(row.at(names.indexOf("arrived_at")), QStringLiteral("2026-03-21T06:55:00Z"));
        QCOMPARE(row.at(names.indexOf("arrived_by")), QStringLiteral("anna@desk.de"));
        QCOMPARE(BookingCsvExporter::row(sampleBookings().first()).at(names.indexOf("arrived_at")),
                 QString());
        const QByteArray ics = BookingIcsExporter::toIcs({booking}, at);
        QVERIFY(ics.contains("\r\nX-FRONTDESK-ARRIVED:20260321T065500Z\r\n"));
        QVERIFY(ics.contains("Arrived: 2026-03-21 06:55 UTC"));
    }

    void icsParsedBackByPythonIcalendar()
    {
        const QString python = ExportChecks::pythonWithIcalendar();
        if (python.isEmpty())
            QFAIL("No python3 with the icalendar module: install Debian's python3-icalendar "
                  "(tools/install-deps) or set FRONTDESK_PYTHON.");
        const QList<Booking> bookings = sampleBookings();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("bookings.ics")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(BookingIcsExporter::toIcs(bookings));
        file.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(python,
                      {QStringLiteral("-c"), QString::fromUtf8(kIcsScript), file.fileName()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject parsed =
            QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value("version").toString(), QStringLiteral("2.0"));
        QCOMPARE(parsed.value("prodid").toString(), QStringLiteral("-//Empfio//Frontdesk//EN"));
        QCOMPARE(parsed.value("calscale").toString(), QStringLiteral("GREGORIAN"));

        const QJsonArray events = parsed.value("events").toArray();
        QCOMPARE(events.size(), bookings.size());
        for (qsizetype i = 0; i < bookings.size(); ++i) {
            const Booking &booking = bookings.at(i);
            const QJsonObject event = events.at(i).toObject();
            QCOMPARE(event.value("uid").toString(), booking.id + QStringLiteral("@frontdesk"));
            QVERIFY(event.value("dtstart").toObject().value("utc").toBool());
            QVERIFY(event.value("dtend").toObject().value("utc").toBool());
            QCOMPARE(event.value("dtstart").toObject().value("text").toString(),
                     booking.startTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            QCOMPARE(event.value("dtend").toObject().value("text").toString(),
                     booking.endTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            QCOMPARE(event.value("summary").toString(), BookingIcsExporter::summary(booking));
            QCOMPARE(event.value("description").toString(),
                     BookingIcsExporter::description(booking));
            QCOMPARE(event.value("status").toString(), booking.status == BookingStatus::Cancelled
                                                           ? QStringLiteral("CANCELLED")
                                                           : QStringLiteral("CONFIRMED"));
        }

        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value("summary").toString(),
                 QString::fromUtf8("Zoë \"Zo\" O'Brien, Jr. – Haircut; wash"));
        QCOMPARE(first.value("url").toString(), QStringLiteral("https://meet.example/room?x=1,2"));
        QCOMPARE(first.value("attendee").toString(), QStringLiteral("mailto:zoe@example.com"));
        QCOMPARE(first.value("cn").toString(), QStringLiteral("Zoë 'Zo' O'Brien, Jr."));
        QVERIFY(first.value("description").toString().contains(QStringLiteral("+49 151 2345")));
        QVERIFY(first.value("description").toString().contains(QStringLiteral("zoe@example.com")));

        const QJsonObject third = events.at(2).toObject();
        QVERIFY(third.value("description").toString().contains(kLongNotes));
        QVERIFY(third.value("description").toString().contains(QStringLiteral("No-show")));
        QCOMPARE(third.value("cn").toString(), QString::fromUtf8("Дмитрий 山田 😀"));

        const QJsonObject fourth = events.at(3).toObject();
        QCOMPARE(fourth.value("summary").toString(), BookingIcsExporter::tr("Booking"));
        QCOMPARE(fourth.value("attendee").toString(), QString());
        QVERIFY(fourth.value("description").toString().contains(QStringLiteral("Completed")));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
