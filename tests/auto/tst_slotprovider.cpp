#include "apiclient.h"
#include "bookingcache.h"
#include "clock.h"
#include "devserverprocess.h"
#include "slotprovider.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

class TestSlotProvider : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_dir;

    // A week from next Monday on, when the dev server has business hours every weekday.
    static QDateTime from()
    {
        const QDate today = Clock::today(QTimeZone("Europe/Berlin"));
        return QDateTime(today.addDays(8 - today.dayOfWeek()), QTime(0, 0), QTimeZone::utc());
    }
    static QDateTime to() { return from().addDays(7); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cacheKeepsSlotsPerDay()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(m_dir.filePath("days.sqlite"), &error));
        // Days ahead: the cache forgets days more than a month old when it saves.
        const QDate day = Clock::today(QTimeZone::utc()).addDays(10);
        const QDateTime nine(day, QTime(9, 0), QTimeZone::utc());
        const QList<TimeSlot> slotList = {{nine, nine.addSecs(1800)},
                                          {nine.addDays(1), nine.addDays(1).addSecs(1800)}};
        QVERIFY(!cache.cachedSlots(day, day.addDays(1))); // never fetched
        QVERIFY(cache.saveSlots(day, day.addDays(2), slotList));
        QCOMPARE(*cache.cachedSlots(day, day.addDays(2)), slotList);
        QCOMPARE(*cache.cachedSlots(day.addDays(1), day.addDays(1)), slotList.mid(1));
        QVERIFY(cache.cachedSlots(day.addDays(2), day.addDays(2))->isEmpty()); // known empty
        QVERIFY(!cache.cachedSlots(day, day.addDays(3)));
        // Saving a day again replaces it.
        QVERIFY(cache.saveSlots(day, day, {}));
        QCOMPARE(*cache.cachedSlots(day, day.addDays(1)), slotList.mid(1));
        // A damaged value reads as never fetched, not as no slots.
        QVERIFY(cache.setMeta("slots/" + day.addDays(1).toString(Qt::ISODate), "[[1,"));
        QVERIFY(!cache.cachedSlots(day.addDays(1), day.addDays(1)));
        QVERIFY(!cache.saveSlots(day.addDays(3), day, slotList));
    }

    void fetchesThenServesTheCacheOffline()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(m_dir.filePath("provider.sqlite"), &error));
        ApiClient client;
        QVERIFY(!client.setBaseUrl(m_server.baseUrl()));
        client.setAccessToken(m_server.login());
        RetryPolicy once;
        once.maxRetries = 0;
        client.setRetryPolicy(once);

        QList<TimeSlot> online;
        {
            SlotProvider provider(&client, &cache);
            QSignalSpy changed(&provider, &SlotProvider::slotsChanged);
            provider.fetch(from(), to());
            QVERIFY(changed.wait(10000));
            QVERIFY(!provider.isFromCache());
            online = provider.timeSlots();
            QVERIFY(!online.isEmpty());
        }

        QVERIFY(m_server.setFaults({{"error_rate", 1.0}}));
        SlotProvider provider(&client, &cache);
        QSignalSpy changed(&provider, &SlotProvider::slotsChanged);
        QSignalSpy failed(&provider, &SlotProvider::fetchFailed);
        provider.fetch(from(), to());
        QCOMPARE(changed.count(), 1); // the cached slots, at once
        QVERIFY(provider.isFromCache());
        QCOMPARE(provider.timeSlots(), online);
        QVERIFY(failed.wait(10000));
        QCOMPARE(provider.timeSlots(), online); // a failure keeps what is shown
        m_server.resetFaults();
    }
};

QTEST_GUILESS_MAIN(TestSlotProvider)
#include "tst_slotprovider.moc"
