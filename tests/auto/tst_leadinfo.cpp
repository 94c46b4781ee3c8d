#include "leadinfo.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLeadInfo : public QObject
{
    Q_OBJECT

private slots:
    void channels_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<LeadChannel>("channel");
        QTest::addColumn<QString>("label");

        QTest::newRow("whatsapp") << "whatsapp" << LeadChannel::WhatsApp << "WhatsApp";
        QTest::newRow("telegram") << "telegram" << LeadChannel::Telegram << "Telegram";
        QTest::newRow("web") << "web" << LeadChannel::Web << "Web";
        QTest::newRow("email") << "email" << LeadChannel::Email << "Email";
        QTest::newRow("voice") << "voice" << LeadChannel::Voice << "Phone call";
    }

    void channels()
    {
        QFETCH(QString, wire);
        QFETCH(LeadChannel, channel);
        QFETCH(QString, label);

        QCOMPARE(LeadInfo::channelFromWireName(wire), channel);
        QCOMPARE(LeadInfo::wireName(channel), wire);
        QCOMPARE(LeadInfo::label(channel), label);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<LeadStatus>("status");

        QTest::newRow("new") << "new" << LeadStatus::New;
        QTest::newRow("contacted") << "contacted" << LeadStatus::Contacted;
        QTest::newRow("booking_offered") << "booking_offered" << LeadStatus::BookingOffered;
        QTest::newRow("booked") << "booked" << LeadStatus::Booked;
        QTest::newRow("confirmed") << "confirmed" << LeadStatus::Confirmed;
        QTest::newRow("completed") << "completed" << LeadStatus::Completed;
        QTest::newRow("no_show") << "no_show" << LeadStatus::NoShow;
        QTest::newRow("cancelled") << "cancelled" << LeadStatus::Cancelled;
        QTest::newRow("lost") << "lost" << LeadStatus::Lost;
    }

    void statuses()
    {
        QFETCH(QString, wire);
        QFETCH(LeadStatus, status);

        QCOMPARE(LeadInfo::statusFromWireName(wire), status);
        QCOMPARE(LeadInfo::wireName(status), wire);
        QVERIFY(!LeadInfo::label(status).isEmpty());
        QVERIFY(LeadInfo::label(status) != LeadInfo::label(LeadStatus::Unknown));
    }

    void statusLabelsAreDistinct()
    {
        QSet<QString> labels;
        const int count = int(LeadStatus::Lost) + 1;
        for (int i = 0; i < count; ++i)
            labels.insert(LeadInfo::label(LeadStatus(i)));
        QCOMPARE(labels.size(), count);
        QCOMPARE(LeadInfo::label(LeadStatus::BookingOffered), u"Booking offered"_s);
        QCOMPARE(LeadInfo::label(LeadStatus::NoShow), u"No-show"_s);
    }

    void unknownValues_data()
    {
        QTest::addColumn<QString>("wire");

        QTest::newRow("empty") << "";
        QTest::newRow("capitalised") << "WhatsApp";
        QTest::newRow("padded") << " web";
        QTest::newRow("new on the server") << "instagram";
    }

    void unknownValues()
    {
        QFETCH(QString, wire);

        QCOMPARE(LeadInfo::channelFromWireName(wire), LeadChannel::Unknown);
        QCOMPARE(LeadInfo::statusFromWireName(wire), LeadStatus::Unknown);
    }

    void unknownHasNoWireName()
    {
        QVERIFY(LeadInfo::wireName(LeadChannel::Unknown).isEmpty());
        QVERIFY(LeadInfo::wireName(LeadStatus::Unknown).isEmpty());
        QCOMPARE(LeadInfo::label(LeadChannel::Unknown), u"Unknown"_s);
        QCOMPARE(LeadInfo::label(LeadStatus::Unknown), u"Unknown"_s);
        QCOMPARE(LeadInfo::channelFromWireName(LeadInfo::wireName(LeadChannel::Unknown)),
                 LeadChannel::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestLeadInfo)
#include "tst_leadinfo.moc"
