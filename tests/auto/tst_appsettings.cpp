#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Settings are outside input: every key read back, and every kind of garbage in each.
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh INI file: values come back as strings, as they do from the user's file.
    std::unique_ptr<QSettings> settingsFile(const QString &contents = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return nullptr;
        file.write(contents.toUtf8());
        file.close();
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsWhenEmpty()
    {
        const auto settings = settingsFile();
        const AppSettings loaded = AppSettings::load(*settings);
        QCOMPARE(loaded, AppSettings());
        QCOMPARE(loaded.refreshSeconds, 60);
        QCOMPARE(loaded.snapMinutes, 15);
        QVERIFY(!loaded.defaultStatuses.contains(BookingStatus::Cancelled));
        QCOMPARE(loaded.defaultStatuses.size(), BookingStatuses::all().size() - 1);
        QCOMPARE(loaded.timeZone(), QTimeZone::systemTimeZone());
        QVERIFY(loaded.notifyNewBookings && loaded.notifyChanges && loaded.notifyReminders &&
                loaded.notifyLate);
        QCOMPARE(loaded.reminderMinutes, 10);
        QCOMPARE(loaded.graceMinutes, 10);
        QCOMPARE(loaded.hourHeight, 48);
    }

    void roundTrip()
    {
        AppSettings chosen;
        chosen.refreshSeconds = 300;
        chosen.displayZone = QStringLiteral("Asia/Kolkata");
        chosen.language = QStringLiteral("de");
        chosen.snapMinutes = 5;
        chosen.snapToSlots = true;
        chosen.businessStart = QTime(7, 30);
        chosen.businessEnd = QTime(19, 15);
        chosen.defaultStatuses = {BookingStatus::Confirmed};
        chosen.defaultDatePreset = DatePreset::Today;
        chosen.notifyNewBookings = false;
        chosen.notifyChanges = false;
        chosen.notifyReminders = false;
        chosen.reminderMinutes = 45;
        chosen.notifyLate = false;
        chosen.graceMinutes = 0;
        chosen.hourHeight = 96;
        {
            const auto settings = settingsFile();
            chosen.save(*settings);
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        // Read back from the file, not QSettings' in-memory copy.
        QSettings reread(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_files)),
                         QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(reread);
        QCOMPARE(loaded, chosen);
        QCOMPARE(loaded.timeZone().id(), QByteArray("Asia/Kolkata"));
        // The server is the session's business: save() never writes it.
        QVERIFY(!reread.contains(QStringLiteral("account/lastServer")));
    }

    void serverFromTheAccount()
    {
        const auto settings =
            settingsFile(QStringLiteral("[account]\nlastServer=https://desk.example\n"));
        QCOMPARE(AppSettings::load(*settings).server, QUrl(QStringLiteral("https://desk.example")));
    }

    void garbageFallsBackToDefaults_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::newRow("refresh not a number") << "[sync]\nintervalSeconds=soon\n";
        QTest::newRow("refresh negative") << "[sync]\nintervalSeconds=-5\n";
        QTest::newRow("refresh over a day") << "[sync]\nintervalSeconds=90000\n";
        QTest::newRow("refresh a list") << "[sync]\nintervalSeconds=1, 2\n";
        QTest::newRow("zone unknown") << "[display]\ntimeZone=Mars/Olympus_Mons\n";
        QTest::newRow("zone a list") << "[display]\ntimeZone=Europe/Berlin, Asia/Kolkata\n";
        QTest::newRow("language unknown") << "[ui]\nlanguage=klingon\n";
        QTest::newRow("language a number") << "[ui]\nlanguage=@Variant(\\0\\0\\0\\x2\\0\\0\\0*)\n";
        QTest::newRow("snap 7") << "[calendar]\nsnapMinutes=7\n";
        QTest::newRow("snap text") << "[calendar]\nsnapMinutes=quarter\n";
        QTest::newRow("snap to slots maybe") << "[calendar]\nsnapToSlots=maybe\n";
        QTest::newRow("business start 25:00") << "[calendar]\nbusinessStart=25:00\n";
        QTest::newRow("business end text") << "[calendar]\nbusinessEnd=evening\n";
        QTest::newRow("business hours reversed")
            << "[calendar]\nbusinessStart=18:00\nbusinessEnd=08:00\n";
        QTest::newRow("business hours empty")
            << "[calendar]\nbusinessStart=12:00\nbusinessEnd=12:00\n";
        QTest::newRow("statuses unknown") << "[list]\ndefaultStatuses=confirmed, tentative\n";
        QTest::newRow("statuses a number")
            << "[list]\ndefaultStatuses=@Variant(\\0\\0\\0\\x2\\0\\0\\0*)\n";
        QTest::newRow("preset unknown") << "[list]\ndefaultDatePreset=yesterday\n";
        QTest::newRow("preset custom") << "[list]\ndefaultDatePreset=custom\n";
        QTest::newRow("server ftp") << "[account]\nlastServer=ftp://desk.example\n";
        QTest::newRow("server no host") << "[account]\nlastServer=https://\n";
        QTest::newRow("notify new maybe") << "[notifications]\nnewBookings=maybe\n";
        QTest::newRow("notify changes a number") << "[notifications]\nchanges=2\n";
        QTest::newRow("notify reminders a list") << "[notifications]\nreminders=true, false\n";
        QTest::newRow("notify late empty") << "[notifications]\nlate=\n";
        QTest::newRow("reminder 0 minutes") << "[notifications]\nreminderMinutes=0\n";
        QTest::newRow("reminder 121 minutes") << "[notifications]\nreminderMinutes=121\n";
        QTest::newRow("reminder text") << "[notifications]\nreminderMinutes=soon\n";
        QTest::newRow("grace negative") << "[today]\ngraceMinutes=-1\n";
        QTest::newRow("grace 121 minutes") << "[today]\ngraceMinutes=121\n";
        QTest::newRow("grace a fraction") << "[today]\ngraceMinutes=7.5\n";
        QTest::newRow("zoom too small") << "[calendar]\nhourHeight=23\n";
        QTest::newRow("zoom too large") << "[calendar]\nhourHeight=193\n";
        QTest::newRow("zoom text") << "[calendar]\nhourHeight=big\n";
        QTest::newRow("binary junk")
            << QString::fromLatin1("[sync]\nintervalSeconds=\x01\x02\xff\n");
    }

    void garbageFallsBackToDefaults()
    {
        QFETCH(QString, ini);
        const auto settings = settingsFile(ini);
        QVERIFY(settings);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        QCOMPARE(AppSettings::load(*settings), AppSettings());
    }

    void oneBadValueKeepsTheOthers()
    {
        const auto settings = settingsFile(
            QStringLiteral("[sync]\nintervalSeconds=often\n[calendar]\nsnapMinutes=30\n"
                           "snapToSlots=true\n[display]\ntimeZone=Europe/Berlin\n"
                           "[list]\ndefaultStatuses=completed\ndefaultDatePreset=today\n"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("intervalSeconds")));
        const AppSettings loaded = AppSettings::load(*settings);
        QCOMPARE(loaded.refreshSeconds, 60);
        QCOMPARE(loaded.snapMinutes, 30);
        QCOMPARE(loaded.snapToSlots, true);
        QCOMPARE(loaded.displayZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(loaded.defaultStatuses, QList<BookingStatus>{BookingStatus::Completed});
        QCOMPARE(loaded.defaultDatePreset, DatePreset::Today);
    }

    void spellingsAreNormalized()
    {
        const auto settings =
            settingsFile(QStringLiteral("[ui]\nlanguage=\" DE \"\n[sync]\nintervalSeconds=\" 0 \"\n"
                                        "[list]\ndefaultStatuses=no_show, confirmed, no_show\n"));
        const AppSettings loaded = AppSettings::load(*settings);
        QCOMPARE(loaded.language, QStringLiteral("de"));
        QCOMPARE(loaded.refreshSeconds, 0);
        QCOMPARE(loaded.defaultStatuses,
                 QList<BookingStatus>({BookingStatus::Confirmed, BookingStatus::NoShow}));
    }

    void notificationLimitsAreAllowed()
    {
        const auto settings =
            settingsFile(QStringLiteral("[notifications]\nreminderMinutes=120\nlate=false\n"
                                        "[today]\ngraceMinutes=0\n"));
        const AppSettings loaded = AppSettings::load(*settings);
        QCOMPARE(loaded.reminderMinutes, AppSettings::maxReminderMinutes);
        QCOMPARE(loaded.graceMinutes, 0);
        QCOMPARE(loaded.notifyLate, false);
        QCOMPARE(loaded.notifyReminders, true);
    }

    void invalidZoneShowsTheSystemZone()
    {
        AppSettings settings;
        settings.displayZone = QStringLiteral("Nowhere/Special");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Nowhere/Special")));
        QCOMPARE(settings.timeZone(), QTimeZone::systemTimeZone());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
