#include "bookingstatus.h"

#include <QSet>
#include <QTest>

class TestBookingStatus : public QObject
{
    Q_OBJECT

private slots:
    void wireNamesRoundTrip()
    {
        const QList<BookingStatus> all = BookingStatuses::all();
        QCOMPARE(all.size(), 5);
        for (BookingStatus status : all)
            QCOMPARE(BookingStatuses::fromWireName(BookingStatuses::wireName(status)), status);
    }

    void knownWireNames()
    {
        QCOMPARE(BookingStatuses::fromWireName(u"no_show"), BookingStatus::NoShow);
        QCOMPARE(BookingStatuses::wireName(BookingStatus::Cancelled), QStringLiteral("cancelled"));
        QVERIFY(!BookingStatuses::fromWireName(u"No_Show").has_value());
        QVERIFY(!BookingStatuses::fromWireName(u"").has_value());
    }

    void labelsAndColoursAreDistinct()
    {
        QSet<QString> labels;
        QSet<QRgb> colours;
        for (BookingStatus status : BookingStatuses::all()) {
            labels.insert(BookingStatuses::label(status));
            colours.insert(BookingStatuses::color(status).rgb());
            QVERIFY(BookingStatuses::color(status).isValid());
        }
        QCOMPARE(labels.size(), 5);
        QCOMPARE(colours.size(), 5);
    }

    void activeStatuses()
    {
        QVERIFY(BookingStatuses::isActive(BookingStatus::Confirmed));
        QVERIFY(BookingStatuses::isActive(BookingStatus::Rescheduled));
        QVERIFY(!BookingStatuses::isActive(BookingStatus::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestBookingStatus)
#include "tst_bookingstatus.moc"
