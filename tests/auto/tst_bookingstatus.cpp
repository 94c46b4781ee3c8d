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

    // WCAG 2: contrast = (L1 + 0.05) / (L2 + 0.05) from the relative luminances; AA asks
    // 4.5:1 for text. The calendar draws a booking's texts in the palette's text colour on
    // the status's fill: light palettes' text is black or near it (Fusion #000000, Breeze
    // #232629), dark palettes' white or near it (#ffffff, Breeze Dark #fcfcfc, a dimmer
    // #dcdcdc).
    void fillsKeepTheirTextReadable()
    {
        QCOMPARE(BookingStatuses::relativeLuminance(Qt::black), 0.0);
        QCOMPARE(BookingStatuses::relativeLuminance(Qt::white), 1.0);
        QCOMPARE(BookingStatuses::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(BookingStatuses::contrastRatio(Qt::white, Qt::black), 21.0);
        // WebAIM's reference pair: #777777 on white is 4.48:1.
        QVERIFY(qAbs(BookingStatuses::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) <
                0.01);

        const QList<QColor> lightTexts = {QColor(0x00, 0x00, 0x00), QColor(0x23, 0x26, 0x29)};
        const QList<QColor> darkTexts = {QColor(0xff, 0xff, 0xff), QColor(0xfc, 0xfc, 0xfc),
                                         QColor(0xdc, 0xdc, 0xdc)};
        for (BookingStatus status : BookingStatuses::all()) {
            for (const QColor &text : lightTexts) {
                const double ratio =
                    BookingStatuses::contrastRatio(BookingStatuses::fill(status, false), text);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 light: %2 on %3 is %4:1")
                                        .arg(BookingStatuses::wireName(status), text.name(),
                                             BookingStatuses::fill(status, false).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
            for (const QColor &text : darkTexts) {
                const double ratio =
                    BookingStatuses::contrastRatio(BookingStatuses::fill(status, true), text);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 dark: %2 on %3 is %4:1")
                                        .arg(BookingStatuses::wireName(status), text.name(),
                                             BookingStatuses::fill(status, true).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
            // The fills still tell the statuses apart.
            QVERIFY(BookingStatuses::fill(status, false) != BookingStatuses::fill(status, true));
        }
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
