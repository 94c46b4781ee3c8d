#include "auditlogdialog.h"
#include "auditlogmodel.h"
#include "bookingactioncontroller.h"
#include "bookingactionset.h"
#include "bookingcache.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "dialogprompter.h"
#include "mainwindow.h"
#include "rescheduledialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using Action = BookingActionController::Action;

namespace {

Booking makeBooking(const QString &id, const QDateTime &start, const QString &name,
                    BookingStatus status = BookingStatus::Confirmed)
{
    const QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(30 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"updated_at", BookingJson::formatDateTime(start.addDays(-3))},
        {"metadata", QJsonObject{{"service", "Haircut"}, {"notes", "Ring twice"}}},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", name},
                             {"email", QString(id + "@example.com")},
                             {"phone", "+49 151 2345678"},
                             {"channel", "telegram"},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

// Saves a picture of `widget` when FRONTDESK_SCREENSHOT_DIR is set (for looking at, not
// for comparing).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FRONTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BookingActions> m_actions;
    const QDateTime m_now = Clock::now();

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        static int n = 0;
        QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)), &error));
        const QList<Booking> bookings = {
            makeBooking("future", m_now.addSecs(2 * 3600), "Jürgen Weiß"),
            makeBooking("running", m_now.addSecs(-10 * 60), "Anna Schmidt"),
            makeBooking("ended", m_now.addSecs(-3 * 3600), "Björn Öberg"),
            makeBooking("completed", m_now.addSecs(-26 * 3600), "Chloé Dubois",
                        BookingStatus::Completed),
        };
        QVERIFY(m_cache->upsert(bookings, m_cache->beginPass(&error), &error));
        m_client = std::make_unique<ApiClient>();
        m_actions = std::make_unique<BookingActions>(m_client.get(), m_cache.get());
    }

    void cleanup()
    {
        m_actions.reset();
        m_client.reset();
        m_cache.reset();
    }

    void actionsFollowTheCurrentBooking()
    {
        BookingTableModel model(m_cache.get());
        model.reload();
        MainWindow window(&model, m_cache.get(), m_actions.get());
        window.setActionController(
            new BookingActionController(m_client.get(), m_actions.get(), m_cache.get(), &window));
        window.filterBar()->setDatePreset(DatePreset::All);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BookingActionSet *set = window.bookingActionSet();
        QVERIFY(set);
        QCOMPARE(window.tableView()->selectionMode(), QAbstractItemView::ExtendedSelection);
        QCOMPARE(window.tableView()->contextMenuPolicy(), Qt::CustomContextMenu);

        const auto select = [&](const QString &id) {
            const QModelIndex source = model.index(model.rowOf(id), 0);
            window.tableView()->setCurrentIndex(window.proxy()->mapFromSource(source));
            QCOMPARE(window.detailsPanel()->bookingId(), id);
        };
        // What BookingRules allows (tst_bookingrules holds the whole table).
        struct Expect
        {
            QString id;
            bool reschedule, noShow, completed, confirmed, cancel, arrived;
        };
        const QList<Expect> expectations = {
            {"future", true, false, false, false, true, true},
            {"running", true, true, false, false, true, true},
            {"ended", false, true, true, false, false, false},
            {"completed", false, false, false, true, false, false},
        };
        for (const Expect &e : expectations) {
            select(e.id);
            QVERIFY2(set->arrived()->isEnabled() == e.arrived, qPrintable(e.id));
            QVERIFY(!set->unarrived()->isEnabled());
            QVERIFY2(set->reschedule()->isEnabled() == e.reschedule, qPrintable(e.id));
            QVERIFY2(set->noShow()->isEnabled() == e.noShow, qPrintable(e.id));
            QVERIFY2(set->completed()->isEnabled() == e.completed, qPrintable(e.id));
            QVERIFY2(set->confirmed()->isEnabled() == e.confirmed, qPrintable(e.id));
            QVERIFY2(set->cancel()->isEnabled() == e.cancel, qPrintable(e.id));
        }
        QVERIFY(!set->undo()->isEnabled());
        QVERIFY(set->auditLog()->isEnabled());

        // Several selected: bulk actions are on when any selected booking fits.
        window.tableView()->selectAll();
        QVERIFY(window.selectedBookingIds().size() == 4);
        QVERIFY(set->noShow()->isEnabled());

        // The Booking menu is in the menu bar; every action has a name for screen readers
        // (its text) and no shortcut is used twice in the window.
        bool hasMenu = false;
        for (QAction *action : window.menuBar()->actions())
            hasMenu |= action->text() == BookingActionSet::tr("&Booking");
        QVERIFY(hasMenu);
        QHash<QString, QString> shortcuts;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            const QString key = action->shortcut().toString();
            QVERIFY2(!shortcuts.contains(key) || shortcuts.value(key) == action->text(),
                     qPrintable(key + u' ' + action->text() + u' ' + shortcuts.value(key)));
            shortcuts.insert(key, action->text());
        }
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+Z")));
        QVERIFY(shortcuts.contains(QStringLiteral("Del")));
    }

    void rescheduleDialogOffersSlotsAndCustomTimes()
    {
        const Booking booking = *m_cache->booking(QStringLiteral("future"));
        const QTimeZone zone("Europe/Berlin");
        RescheduleDialog dialog(nullptr, booking, zone);
        const QDateTime day = booking.startTime.addDays(1);
        QList<TimeSlot> offered;
        for (int i = 0; i < 6; ++i) {
            const QDateTime start = day.addSecs(i * 1800);
            offered.append({start, start.addSecs(1800)});
        }
        offered.append({booking.startTime.addSecs(3600), booking.startTime.addSecs(5400)});
        dialog.setSlots(offered);
        QCOMPARE(dialog.slotCount(), 7);
        QVERIFY(!dialog.chosen());
        // The current slot is listed and marked.
        bool currentShown = false;
        for (QTreeWidgetItemIterator it(dialog.slotTree()); *it; ++it)
            currentShown |=
                (*it)->text(0).contains(RescheduleDialog::tr("%1 (current)").arg(QString()));
        QVERIFY(currentShown);

        QVERIFY(dialog.selectSlot(0));
        auto chosen = dialog.chosen();
        QVERIFY(chosen);
        QCOMPARE(chosen->start, booking.startTime.addSecs(3600));
        QCOMPARE(chosen->end, chosen->start.addSecs(booking.durationSecs()));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("→")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("reschedule-dialog"));

        const QDateTime custom = booking.startTime.addSecs(7 * 60);
        dialog.setCustomTime(custom);
        chosen = dialog.chosen();
        QVERIFY(chosen);
        QCOMPARE(chosen->start, custom);
        const QLabel *warning = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("not one of the offered slots")))
                warning = label;
        }
        QVERIFY(warning);
    }

    void cancelConfirmationAsksForAnOptionalReason()
    {
        DialogPrompter prompter(nullptr);
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        QString seenText;
        QTimer::singleShot(0, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            QCOMPARE(modal->objectName(), QStringLiteral("cancelBookingDialog"));
            auto *reason = modal->findChild<QLineEdit *>(QStringLiteral("cancelReason"));
            QVERIFY(reason);
            reason->setText(QStringLiteral("Practitioner ill"));
            screenshot(modal, QStringLiteral("cancel-confirmation"));
            static_cast<QDialog *>(modal)->accept();
        });
        const std::optional<QString> reason = prompter.confirmCancel(
            &parent, QStringLiteral("Cancel the booking of Jürgen Weiß on Tue 24 Nov, 10:00?"));
        QVERIFY(reason);
        QCOMPARE(*reason, QStringLiteral("Practitioner ill"));

        QTimer::singleShot(0, this, [&] {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
        });
        QVERIFY(!prompter.confirmCancel(&parent, QStringLiteral("Cancel?")));
        Q_UNUSED(seenText);
    }

    void auditLogDialogShowsAndExports()
    {
        QString error;
        for (int i = 0; i < 3; ++i) {
            AuditEntry entry;
            entry.at = m_now.addSecs(i * 60);
            entry.actor = QStringLiteral("desk@example.com");
            entry.bookingId = QStringLiteral("future");
            entry.action = i == 2 ? QStringLiteral("cancel") : QStringLiteral("reschedule");
            entry.details = QStringLiteral("Move to %1").arg(i);
            entry.beforeJson = m_cache->booking(QStringLiteral("future"))->json;
            entry.result = i == 1 ? QStringLiteral("refused") : QStringLiteral("applied");
            entry.message = i == 1 ? QStringLiteral("=cmd|' /C calc'!A0") : QString();
            QVERIFY(m_cache->appendAudit(entry, &error));
        }
        AuditLogDialog dialog(m_cache.get());
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.model()->index(0, AuditLogModel::DetailsColumn).data().toString(),
                 QStringLiteral("Move to 2"));
        dialog.view()->selectRow(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("audit-log"));

        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog.exportTo(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 4);
        QVERIFY(text.contains(QStringLiteral("'=cmd|")));
        QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("missing/dir/audit.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
