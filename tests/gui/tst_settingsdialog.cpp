#include "bookingcache.h"
#include "bookingchange.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

namespace {

// 09:00 UTC: 10:00 in Berlin (CET), 14:30 in Kolkata (IST, +05:30).
const QDateTime kStart(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);

Booking makeBooking(const QString &id, BookingStatus status)
{
    const QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(kStart)},
        {"end_time", BookingJson::formatDateTime(kStart.addSecs(45 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"lead", QJsonObject{{"id", QString("l-" + id)}, {"name", QString("Name " + id)}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

QAction *findAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

// The settings dialog checks what is entered; the main window applies the display zone to
// the list and the details, and the list defaults to the filters.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<MainWindow> m_window;

    QString listTime() const
    {
        const BookingFilterProxy *proxy = m_window->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, BookingTableModel::StartColumn);
            if (index.data(BookingTableModel::BookingIdRole).toString() == QLatin1String("a"))
                return index.data().toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // 24-hour
    }

    void init()
    {
        QSettings().clear();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        static int n = 0;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)), &error),
                 qPrintable(error));
        QVERIFY(m_cache->upsert({makeBooking("a", BookingStatus::Confirmed),
                                 makeBooking("b", BookingStatus::Cancelled),
                                 makeBooking("c", BookingStatus::Completed)},
                                m_cache->beginPass(&error), &error));
        m_model = std::make_unique<BookingTableModel>(m_cache.get());
        m_model->reload();
    }

    void createWindow()
    {
        m_window = std::make_unique<MainWindow>(m_model.get(), m_cache.get(), nullptr);
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_cache.reset();
    }

    void dialogShowsAndReturnsSettings()
    {
        AppSettings initial;
        initial.server = QUrl(QStringLiteral("https://desk.example"));
        initial.displayZone = QStringLiteral("Europe/Berlin");
        initial.language = QStringLiteral("de");
        initial.refreshSeconds = 120;
        SettingsDialog dialog(initial);
        QCOMPARE(dialog.settings(), initial);
        QCOMPARE(dialog.timeZoneCombo()->currentText(), QStringLiteral("Europe/Berlin"));
        QVERIFY(dialog.timeZoneCombo()->count() > 100);

        // The zone found by typing part of its name, as the completer offers it.
        dialog.timeZoneCombo()->setEditText(QStringLiteral("Asia/Kolkata"));
        dialog.refreshSpin()->setValue(0);
        dialog.languageCombo()->setCurrentIndex(0);
        const AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.displayZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(chosen.refreshSeconds, 0);
        QCOMPARE(chosen.language, QString());
        QCOMPARE(chosen.server, initial.server);
        QVERIFY(dialog.problem().isEmpty());
    }

    void dialogRefusesWhatCannotBeUsed_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("plain http server") << "server http";
        QTest::newRow("not a server") << "server garbage";
        QTest::newRow("not a zone") << "zone";
        QTest::newRow("business hours reversed") << "hours";
        QTest::newRow("no status") << "statuses";
    }

    void dialogRefusesWhatCannotBeUsed()
    {
        QFETCH(QString, what);
        AppSettings initial;
        initial.server = QUrl(QStringLiteral("https://desk.example"));
        SettingsDialog dialog(initial);
        dialog.show();
        if (what == QLatin1String("server http"))
            dialog.serverField()->setText(QStringLiteral("http://desk.example"));
        else if (what == QLatin1String("server garbage"))
            dialog.serverField()->setText(QStringLiteral("http://[::zz"));
        else if (what == QLatin1String("zone"))
            dialog.timeZoneCombo()->setEditText(QStringLiteral("Atlantis/Capital"));
        else if (what == QLatin1String("hours"))
            dialog.findChildren<QTimeEdit *>().first()->setTime(QTime(20, 0));
        else {
            for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
                if (!box->text().contains(u'&')) // the status boxes, not "Snap only to..."
                    box->setChecked(false);
            }
        }
        QVERIFY(!dialog.problem().isEmpty());
        dialog.accept();
        QVERIFY(dialog.isVisible()); // stays open and says why
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void notificationsAreChosenPerKind()
    {
        AppSettings initial;
        initial.notifyChanges = false;
        initial.notifyReminders = false;
        initial.reminderMinutes = 25;
        initial.graceMinutes = 5;
        SettingsDialog dialog(initial);
        QCOMPARE(dialog.settings(), initial);
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->count() - 1), SettingsDialog::tr("&Notifications"));
        const auto box = [&](const char *text) {
            for (QCheckBox *candidate : dialog.findChildren<QCheckBox *>()) {
                if (candidate->text() == SettingsDialog::tr(text))
                    return candidate;
            }
            return static_cast<QCheckBox *>(nullptr);
        };
        QCheckBox *newBookings = box("New &bookings");
        QCheckBox *changes = box("Bookings &moved or cancelled elsewhere");
        QCheckBox *reminders = box("&Reminders before a booking starts");
        QCheckBox *late = box("Late c&ustomers");
        QVERIFY(newBookings && changes && reminders && late);
        QVERIFY(newBookings->isChecked() && !changes->isChecked() && !reminders->isChecked() &&
                late->isChecked());
        // The minutes belong to the reminders; the late minutes count without notifications too.
        QVERIFY(!dialog.reminderSpin()->isEnabled());
        reminders->setChecked(true);
        QVERIFY(dialog.reminderSpin()->isEnabled());
        late->setChecked(false);
        QVERIFY(dialog.graceSpin()->isEnabled());
        QCOMPARE(dialog.reminderSpin()->minimum(), 1);
        QCOMPARE(dialog.reminderSpin()->maximum(), AppSettings::maxReminderMinutes);
        QCOMPARE(dialog.graceSpin()->minimum(), 0);
        QCOMPARE(dialog.graceSpin()->maximum(), AppSettings::maxGraceMinutes);

        newBookings->setChecked(false);
        changes->setChecked(true);
        dialog.reminderSpin()->setValue(45);
        dialog.graceSpin()->setValue(0);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.notifyNewBookings, false);
        QCOMPARE(chosen.notifyChanges, true);
        QCOMPARE(chosen.notifyReminders, true);
        QCOMPARE(chosen.reminderMinutes, 45);
        QCOMPARE(chosen.notifyLate, false);
        QCOMPARE(chosen.graceMinutes, 0);
        // Everything else as it was.
        AppSettings rest = chosen;
        rest.notifyNewBookings = initial.notifyNewBookings;
        rest.notifyChanges = initial.notifyChanges;
        rest.notifyReminders = initial.notifyReminders;
        rest.reminderMinutes = initial.reminderMinutes;
        rest.notifyLate = initial.notifyLate;
        rest.graceMinutes = initial.graceMinutes;
        QCOMPARE(rest, initial);
    }

    void loopbackHttpServerIsAllowed()
    {
        SettingsDialog dialog(AppSettings{});
        dialog.serverField()->setText(QStringLiteral("localhost:8001"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.settings().server, QUrl(QStringLiteral("http://localhost:8001")));
    }

    void listAndDetailsFollowTheDisplayZone()
    {
        AppSettings berlin;
        berlin.displayZone = QStringLiteral("Europe/Berlin");
        {
            QSettings settings;
            berlin.save(settings);
        }
        createWindow();
        QCOMPARE(m_model->displayTimeZone().id(), QByteArray("Europe/Berlin"));
        QVERIFY2(listTime().contains(QStringLiteral("10:00")), qPrintable(listTime()));
        m_window->detailsPanel()->showBooking(QStringLiteral("a"));
        QVERIFY2(m_window->detailsPanel()->text().contains(QStringLiteral("10:00")),
                 qPrintable(m_window->detailsPanel()->text()));

        // Through the dialog, as the desk does it: Settings…, a zone, OK.
        QAction *action = findAction(m_window->menuBar(), m_window->tr("&Settings…"));
        QVERIFY(action);
        QSignalSpy changed(m_window.get(), &MainWindow::settingsChanged);
        action->trigger();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->timeZoneCombo()->setEditText(QStringLiteral("Asia/Kolkata"));
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<AppSettings>().displayZone,
                 QStringLiteral("Asia/Kolkata"));
        QCOMPARE(changed.first().at(1).value<AppSettings>().displayZone,
                 QStringLiteral("Europe/Berlin"));

        QCOMPARE(m_model->displayTimeZone().id(), QByteArray("Asia/Kolkata"));
        QVERIFY2(listTime().contains(QStringLiteral("14:30")), qPrintable(listTime()));
        const QString details = m_window->detailsPanel()->text();
        QVERIFY2(details.contains(QStringLiteral("14:30")), qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("10:00")));
        // Saved for the next start.
        QCOMPARE(AppSettings::load(QSettings()).displayZone, QStringLiteral("Asia/Kolkata"));

        // The window's own texts: "Offline: showing bookings cached at …".
        m_window->setOffline(true, kStart);
        m_window->filterBar()->searchField()->setText(QStringLiteral("nobody by this name"));
        m_window->filterBar()->applySearchNow();
        QVERIFY2(m_window->emptyStateText().contains(QStringLiteral("14:30")),
                 qPrintable(m_window->emptyStateText()));
    }

    void changeDescriptionsInTheDisplayZone()
    {
        const BookingChange change = BookingChange::reschedule(kStart, kStart.addSecs(1800));
        QVERIFY2(change.describe(QTimeZone("Asia/Kolkata")).contains(QStringLiteral("14:30")),
                 qPrintable(change.describe(QTimeZone("Asia/Kolkata"))));
        QVERIFY(change.describe(QTimeZone("Europe/Berlin")).contains(QStringLiteral("10:00")));
    }

    void listDefaultsApplyWithoutRememberedFilters()
    {
        AppSettings defaults;
        defaults.defaultStatuses = {BookingStatus::Completed};
        defaults.defaultDatePreset = DatePreset::Past;
        {
            QSettings settings;
            defaults.save(settings);
        }
        createWindow();
        QCOMPARE(m_window->proxy()->statuses(), defaults.defaultStatuses);
        QCOMPARE(m_window->filterBar()->datePreset(), DatePreset::Past);
    }

    void rememberedFiltersWinAtStartDefaultsWhenChanged()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("filters/date"), QStringLiteral("all"));
            settings.setValue(QStringLiteral("filters/hiddenStatuses"), QStringList());
            AppSettings defaults;
            defaults.defaultDatePreset = DatePreset::Today;
            defaults.save(settings);
        }
        createWindow();
        QCOMPARE(m_window->filterBar()->datePreset(), DatePreset::All);
        QCOMPARE(m_window->proxy()->statuses().size(), BookingStatuses::all().size());

        AppSettings changed = m_window->appSettings();
        changed.defaultDatePreset = DatePreset::Upcoming;
        m_window->setAppSettings(changed);
        QCOMPARE(m_window->filterBar()->datePreset(), DatePreset::Upcoming);
        QVERIFY(!m_window->proxy()->statuses().contains(BookingStatus::Cancelled));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
