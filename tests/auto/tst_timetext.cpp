#include "timetext.h"

#include <QRegularExpression>
#include <QTest>

// Issue 20: a time of day or a date-time never shows seconds, in any locale, and is in the
// display zone.
class TstTimeText : public QObject
{
    Q_OBJECT

private slots:
    void stripsSecondsFromFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << u"HH:mm:ss"_qs << u"HH:mm"_qs;
        QTest::newRow("dot") << u"H.mm.ss"_qs << u"H.mm"_qs;
        QTest::newRow("single s") << u"h:mm:s AP"_qs << u"h:mm AP"_qs;
        QTest::newRow("fraction") << u"HH:mm:ss.zzz"_qs << u"HH:mm"_qs;
        QTest::newRow("no seconds") << u"HH:mm"_qs << u"HH:mm"_qs;
        QTest::newRow("quoted s") << u"HH'h's mm"_qs << u"HH'h' mm"_qs;
        QTest::newRow("quoted kept") << u"H 'uur' mm"_qs << u"H 'uur' mm"_qs;
    }
    void stripsSecondsFromFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(TimeText::withoutSeconds(format), expected);
    }

    void noSecondsInAnyLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(u"en_US"_qs);
        QTest::newRow("de_DE") << QLocale(u"de_DE"_qs);
        QTest::newRow("fi_FI") << QLocale(u"fi_FI"_qs);
        QTest::newRow("ja_JP") << QLocale(u"ja_JP"_qs);
    }
    void noSecondsInAnyLocale()
    {
        QFETCH(QLocale, locale);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        // 13:04:57 UTC = 14:04:57 in Berlin (winter time).
        const QDateTime utc(QDate(2026, 1, 15), QTime(13, 4, 57), Qt::UTC);
        const QString time = TimeText::timeOfDay(utc, berlin, locale);
        const QString dateTime = TimeText::dateTime(utc, berlin, locale);
        QVERIFY2(!time.contains(u"57"_qs), qPrintable(time));
        QVERIFY2(!dateTime.contains(u"57"_qs), qPrintable(dateTime));
        QVERIFY2(!TimeText::timeFormat(locale).contains(u's'),
                 qPrintable(TimeText::timeFormat(locale)));
        // The display zone's hour (14), not UTC's (13).
        QCOMPARE(time, locale.toString(QTime(14, 4), TimeText::timeFormat(locale)));
        QVERIFY2(dateTime.contains(time), qPrintable(dateTime));
        QVERIFY2(dateTime.contains(locale.toString(QDate(2026, 1, 15), QLocale::ShortFormat)),
                 qPrintable(dateTime));
    }

    void exactTexts()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime utc(QDate(2026, 1, 15), QTime(13, 4, 57), Qt::UTC);
        QCOMPARE(TimeText::timeOfDay(utc, berlin, QLocale::c()), u"14:04"_qs);
        QCOMPARE(TimeText::timeOfDay(utc, berlin, QLocale(u"de_DE"_qs)), u"14:04"_qs);
        QVERIFY(TimeText::timeOfDay(utc, berlin, QLocale(u"en_US"_qs)).startsWith(u"2:04"_qs));
        QCOMPARE(TimeText::timeOfDay(utc, QTimeZone::utc(), QLocale::c()), u"13:04"_qs);
        // Late evening UTC is the next day in Tokyo: the date follows the zone too.
        const QDateTime late(QDate(2026, 1, 15), QTime(22, 30, 5), Qt::UTC);
        const QTimeZone tokyo("Asia/Tokyo");
        QCOMPARE(TimeText::shortDate(late, tokyo, QLocale::c()),
                 QLocale::c().toString(QDate(2026, 1, 16), QLocale::ShortFormat));
        QVERIFY(TimeText::dateTime(late, tokyo, QLocale::c()).endsWith(u" 07:30"_qs));
        // The long form (the details panel's "Created") and a wall-clock time (hour rulers,
        // settings) drop the seconds too.
        QCOMPARE(TimeText::longDateTime(late, tokyo, QLocale::c()),
                 QLocale::c().toString(QDate(2026, 1, 16), QLocale::LongFormat) + u" 07:30"_qs);
        QCOMPARE(TimeText::clock(QTime(9, 0, 30), QLocale::c()), u"09:00"_qs);
        QVERIFY(TimeText::clock(QTime(21, 0), QLocale(u"en_US"_qs)).startsWith(u"9:00"_qs));
    }

    void invalidIsEmpty()
    {
        QVERIFY(TimeText::timeOfDay(QDateTime(), QTimeZone::utc()).isEmpty());
        QVERIFY(TimeText::dateTime(QDateTime(), QTimeZone::utc()).isEmpty());
        QVERIFY(TimeText::longDateTime(QDateTime(), QTimeZone::utc()).isEmpty());
        QVERIFY(TimeText::clock(QTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTimeText)
#include "tst_timetext.moc"
