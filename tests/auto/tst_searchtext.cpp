#include "booking.h"
#include "searchtext.h"

#include <QRandomGenerator>
#include <QTest>

// How search folds text, and that fold()'s shortcuts (ASCII; a table below U+0530) give
// what normalizing the whole text gives.
class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Anna SCHMIDT 0151")
                               << QStringLiteral("anna schmidt 0151");
        QTest::newRow("umlaut") << QStringLiteral("Jürgen Öberg") << QStringLiteral("jurgen oberg");
        QTest::newRow("sharp s") << QStringLiteral("Weiß") << QStringLiteral("weiss");
        QTest::newRow("capital sharp s") << QStringLiteral("WEIẞ") << QStringLiteral("weiss");
        QTest::newRow("stroke stays")
            << QStringLiteral("Łukasz Żółć") << QStringLiteral("łukasz zołc");
        QTest::newRow("combining")
            << QStringLiteral("Jose\u0301 Nu\u0303n\u0303ez") << QStringLiteral("jose nunez");
        QTest::newRow("greek") << QStringLiteral("Ελένη Παπαδοπούλου ΐ")
                               << QStringLiteral("ελενη παπαδοπουλου ι");
        QTest::newRow("final sigma")
            << QStringLiteral("ΟΔΥΣΣΕΥΣ Οδυσσεύς") << QStringLiteral("οδυσσευσ οδυσσευσ");
        QTest::newRow("cyrillic") << QStringLiteral("Мария Иванова Й")
                                  << QStringLiteral("мария иванова и");
        QTest::newRow("compatibility") << QStringLiteral("Ǆ ﬁ ½") << QStringLiteral("dz fi 1⁄2");
        QTest::newRow("cjk") << QStringLiteral("山田 太郎") << QStringLiteral("山田 太郎");
        QTest::newRow("empty") << QString() << QString();
    }

    void foldsCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchText::fold(text), folded);
        QCOMPARE(SearchText::foldByNormalization(text), folded);
    }

    void everyCharacterBelowTheTableEndFoldsAsNormalizing()
    {
        for (char16_t c = 1; c < 0x600; ++c) {
            const QStringView one(&c, 1);
            QCOMPARE(SearchText::fold(one), SearchText::foldByNormalization(one));
        }
    }

    void mixedTextsFoldAsNormalizing()
    {
        // Sequences of letters, combining marks and punctuation from the table's scripts,
        // now and then one from beyond it, so that every path is taken.
        QRandomGenerator rng(20261124);
        const auto pick = [&rng]() -> char16_t {
            switch (rng.bounded(8)) {
            case 0:
                return char16_t(0x20 + rng.bounded(0x5f));
            case 1:
                return char16_t(0x300 + rng.bounded(0x70)); // combining marks
            case 2:
                return char16_t(0x370 + rng.bounded(0x90)); // Greek
            case 3:
                return char16_t(0x400 + rng.bounded(0x130)); // Cyrillic
            case 4:
                return rng.bounded(20) == 0 ? char16_t(0x1e00 + rng.bounded(0x100)) : u'ß';
            default:
                return char16_t(0x80 + rng.bounded(0x1d0)); // Latin
            }
        };
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = 1 + int(rng.bounded(12));
            for (int k = 0; k < length; ++k)
                text.append(QChar(pick()));
            QCOMPARE(SearchText::fold(text), SearchText::foldByNormalization(text));
        }
    }

    void bookingTextHoldsEveryFieldOnALine()
    {
        Booking booking;
        Lead lead;
        lead.name = QStringLiteral("Zoë Lefèvre");
        lead.email = QStringLiteral("Zoe@Example.DE");
        lead.phone = QStringLiteral("+49 151 2345");
        booking.lead = lead;
        booking.metadata = {{QStringLiteral("service"), QStringLiteral("Massage 60 Min")},
                            {QStringLiteral("notes"), QStringLiteral("Première visite")}};
        QCOMPARE(SearchText::bookingText(booking),
                 QStringLiteral("zoe lefevre\nzoe@example.de\n+49 151 2345\nmassage 60 min\n"
                                "premiere visite"));
        QCOMPARE(SearchText::bookingDigits(booking), QStringLiteral("491512345"));
        booking.lead.reset();
        QCOMPARE(SearchText::bookingText(booking),
                 QStringLiteral("massage 60 min\npremiere visite"));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
