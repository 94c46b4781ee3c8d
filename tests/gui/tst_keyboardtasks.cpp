#include "keyboarddesk.h"

using namespace KeyboardDriver;
using Result = ActionOutcome::Result;

// Issue 20, "Keyboard-complete": the desk's tasks done with keys alone in the main window
// against the dev server.
class TestKeyboardTasks : public QObject, protected KeyboardDesk
{
    Q_OBJECT

private:
    // A customer nobody else is called, with a booking at the next start, made before the
    // desk opens; `booking` is empty when the server did not make it.
    struct Customer
    {
        QString name;
        std::optional<Booking> booking;
    };
    Customer newCustomer(const QString &first)
    {
        const QString name = uniqueName(first);
        return {name, makeBooking(name, FutureBookings::nextStart())};
    }

    // The desk active, with the customer's booking current in the list (findCustomer()).
    void openOn(Desk &desk, const QString &name, const QString &id)
    {
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        findCustomer(desk, name, id);
    }

    // The shortcut pressed on the current booking: how its action ended (waitForResult()).
    static int actByKey(Desk &desk, const QString &id, Qt::Key key,
                        Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QSignalSpy finished(desk.controller, &BookingActionController::finished);
        press(key, modifiers);
        return waitForResult(finished, id);
    }

    // In the cancel question: Tab to "Cancel booking", Space.
    static void cancelBookingByKeyboard(QWidget *dialog)
    {
        QPushButton *yes = childWithText<QPushButton>(dialog, DialogPrompter::tr("Cancel booking"));
        QVERIFY(yes);
        QVERIFY(tabTo(yes));
        press(Qt::Key_Space);
    }

private Q_SLOTS:
    void initTestCase() { startDesk(QStringLiteral("FrontdeskKeyboardTasksTest")); }
    void init() { prepareDesk(); }
    void cleanup() { cleanupDesk(); }

    // 2. Reschedule through the slot list: Ctrl+Shift+R, Down to a slot, Enter.
    void rescheduleThroughTheSlotList()
    {
        const auto [name, booking] = newCustomer(QStringLiteral("Rolf"));
        QVERIFY(booking);
        Desk desk(m_fx);
        openOn(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;

        std::optional<ActionPrompter::NewTime> chosen;
        ModalScript script(
            [&chosen](QWidget *modal) {
                auto *dialog = qobject_cast<RescheduleDialog *>(modal);
                QVERIFY(dialog);
                QTRY_VERIFY_WITH_TIMEOUT(dialog->slotCount() > 0, 20000);
                QVERIFY(tabTo(dialog->slotTree()));
                for (int i = 0; i < 10 && !dialog->chosen(); ++i)
                    press(Qt::Key_Down);
                press(Qt::Key_Down); // and one more: any offered slot will do
                if (!dialog->chosen())
                    press(Qt::Key_Up);
                chosen = dialog->chosen();
                QVERIFY(chosen);
                press(Qt::Key_Return);
            },
            QStringLiteral("rescheduleDialog"));
        QCOMPARE(actByKey(desk, booking->id, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier),
                 int(Result::Applied));
        QVERIFY(script.ran());
        QVERIFY(chosen);
        QCOMPARE(m_fx.requests("PATCH"), 1);
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, chosen->start);
        QCOMPARE(onServer->status, BookingStatus::Rescheduled);
    }

    // 3. No-show, completed and arrived by their shortcuts, each at a time the rules allow
    // it (models/bookingrules: no-show once started, completed once ended, arrived from two
    // hours before the start to its end).
    void markNoShowCompletedAndArrived()
    {
        const QDateTime now = Clock::now();
        struct Case
        {
            QString name;
            QDateTime start;
            Qt::Key key;
            bool asks;
            std::optional<Booking> booking;
        };
        QList<Case> cases = {
            {uniqueName(QStringLiteral("Nina")), now.addSecs(-10 * 60), Qt::Key_N, true, {}},
            {uniqueName(QStringLiteral("Carl")), now.addSecs(-3 * 3600), Qt::Key_C, true, {}},
            {uniqueName(QStringLiteral("Anton")), now.addSecs(30 * 60), Qt::Key_I, false, {}},
        };
        for (Case &c : cases) {
            c.booking = makeBooking(c.name, c.start);
            QVERIFY(c.booking);
        }
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        for (const Case &c : std::as_const(cases)) {
            findCustomer(desk, c.name, c.booking->id);
            if (QTest::currentTestFailed())
                return;
            std::unique_ptr<ModalScript> script;
            if (c.asks)
                script = std::make_unique<ModalScript>(confirmByKeyboard, QString(), "QMessageBox");
            QCOMPARE(actByKey(desk, c.booking->id, c.key, Qt::ControlModifier | Qt::ShiftModifier),
                     int(Result::Applied));
            if (script)
                QVERIFY(script->ran());
        }
        QCOMPARE(m_fx.cache->booking(cases.at(0).booking->id)->status, BookingStatus::NoShow);
        QCOMPARE(m_fx.cache->booking(cases.at(1).booking->id)->status, BookingStatus::Completed);
        QVERIFY(Arrival::of(*m_fx.cache->booking(cases.at(2).booking->id)));
        QCOMPARE(serverBooking(cases.at(0).booking->id)->status, BookingStatus::NoShow);
        QCOMPARE(serverBooking(cases.at(1).booking->id)->status, BookingStatus::Completed);
        QVERIFY(Arrival::of(*serverBooking(cases.at(2).booking->id)));
        QCOMPARE(m_fx.requests("PATCH"), 3);
    }

    // 4. Cancel with a reason: Del, type the reason, Tab to "Cancel booking", Space.
    void cancelWithAReason()
    {
        const auto [name, booking] = newCustomer(QStringLiteral("Clara"));
        QVERIFY(booking);
        Desk desk(m_fx);
        openOn(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        const QString reason = QStringLiteral("Practitioner ill, surgery closed");
        ModalScript script(
            [&reason](QWidget *dialog) {
                QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cancelReason"));
                type(reason);
                cancelBookingByKeyboard(dialog);
            },
            QStringLiteral("cancelBookingDialog"));
        QCOMPARE(actByKey(desk, booking->id, Qt::Key_Delete), int(Result::Applied));
        QVERIFY(script.ran());
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->status, BookingStatus::Cancelled);
        QCOMPARE(onServer->metadata.value(QLatin1String("cancellation_reason")).toString(), reason);
    }

    // 5a. A conflict met while acting: the ConflictDialog, answered by keyboard.
    void resolveAConflictInTheDialog()
    {
        const auto [name, booking] = newCustomer(QStringLiteral("Konrad"));
        QVERIFY(booking);
        Desk desk(m_fx);
        openOn(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        // Another desk moves it meanwhile; this desk has not synced since.
        const QDateTime theirs = booking->startTime.addDays(2);
        QVERIFY(moveOnServer(booking->id, theirs));

        ModalScript cancel(
            [](QWidget *dialog) {
                type(QStringLiteral("Kundin verreist"));
                cancelBookingByKeyboard(dialog);
            },
            QStringLiteral("cancelBookingDialog"));
        ModalScript conflict(
            [](QWidget *dialog) {
                // Both versions are shown; Tab to "Apply my change anyway", Space.
                auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyAnyway"));
                QVERIFY(apply);
                QVERIFY(tabTo(apply));
                press(Qt::Key_Space);
            },
            QStringLiteral("conflictDialog"));
        QCOMPARE(actByKey(desk, booking->id, Qt::Key_Delete), int(Result::Applied));
        QVERIFY(cancel.ran());
        QVERIFY(conflict.ran());
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->status, BookingStatus::Cancelled);
        QVERIFY(m_fx.cache->outbox().isEmpty());
    }

    // 5b. A conflict in the change inbox: Ctrl+5, Tab into the inbox, the conflict, Tab to
    // "Keep mine", Space.
    void resolveAConflictInTheInbox()
    {
        const std::optional<Booking> booking =
            makeBooking(uniqueName(QStringLiteral("Ines")), FutureBookings::nextStart());
        QVERIFY(booking);
        const QDateTime mine = booking->startTime.addDays(1).addSecs(3600);
        const QDateTime theirs = booking->startTime.addDays(2);
        // The desk moves it while the server cannot be reached: queued.
        const auto queued = DeskServer::moveUnreachable(m_fx, *booking, mine);
        QVERIFY(queued && queued->result == Result::Queued);
        // Someone else moves it; the replay meets their change.
        QVERIFY(moveOnServer(booking->id, theirs));
        const auto replay = awaitCallback<ReplayReport>(
            [&](QObject *context, auto done) { m_fx.actions->replayOutbox(context, done); });
        QVERIFY(replay && replay->conflicts == 1);

        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        ChangeInbox *inbox = desk.window.changeInbox();
        QTRY_COMPARE(inbox->model()->count(ChangeInboxModel::State::Conflict), 1);
        backToWindow(desk);
        press(Qt::Key_1, Qt::ControlModifier); // from the list
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(desk.window.tableView()));
        press(Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(inbox->isVisible());
        // Ctrl+5 puts the keyboard in the inbox, on the conflict.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(inbox->view()));
        QCOMPARE(inbox->currentEntry(), queued->outboxId);
        QVERIFY(inbox->keepMineButton()->isVisible());
        QVERIFY(tabTo(inbox->keepMineButton()));
        press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->count(), 0, 20000);
        const std::optional<Booking> onServer = serverBooking(booking->id);
        QVERIFY(onServer);
        QCOMPARE(onServer->startTime, mine);
    }

    // 6. Export: Ctrl+E, the file name typed into the file dialog, Enter; and the day sheet
    // as a PDF: Ctrl+Shift+P, Enter for the day, the file name, Enter.
    void exportByKeyboard()
    {
        const auto [name, booking] = newCustomer(QStringLiteral("Emil"));
        QVERIFY(booking);
        Desk desk(m_fx);
        openOn(desk, name, booking->id);
        if (QTest::currentTestFailed())
            return;
        const QString csv = m_files.filePath(QStringLiteral("list-%1.csv").arg(m_names));
        const auto saveAs = [](const QString &path) {
            return [path](QWidget *dialog) {
                QVERIFY(qobject_cast<QFileDialog *>(dialog));
                QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
                press(Qt::Key_A, Qt::ControlModifier);
                type(path);
                press(Qt::Key_Return);
            };
        };
        {
            ModalScript script(saveAs(csv), QString(), "QFileDialog");
            press(Qt::Key_E, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 10000);
            QVERIFY(script.ran());
        }
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(name), qPrintable(text));

        const QString pdf = m_files.filePath(QStringLiteral("day-%1.pdf").arg(m_names));
        backToWindow(desk);
        ModalScript fileName(saveAs(pdf), QString(), "QFileDialog");
        ModalScript day(
            [](QWidget *dialog) {
                QVERIFY(qobject_cast<DaySheetDialog *>(dialog));
                press(Qt::Key_Return); // the selected booking's day
            },
            QString(), "DaySheetDialog");
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 20000);
        QVERIFY(day.ran());
        QVERIFY(fileName.ran());
        QFile sheet(pdf);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.read(5).startsWith("%PDF"));
    }

    // 7. Change a setting: Ctrl+, opens the settings, Tab to the refresh interval, Up, and
    // on the Notifications page Space on a box; Enter saves.
    void changeASetting()
    {
        Desk desk(m_fx);
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        const AppSettings before = desk.window.appSettings();
        press(Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeWindow()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeWindow());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    dialog->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(tabTo(dialog->refreshSpin()));
        press(Qt::Key_Up);
        QCOMPARE(dialog->refreshSpin()->value(), before.refreshSeconds + 15);

        QTabBar *tabs = dialog->findChild<QTabBar *>();
        QVERIFY(tabTo(tabs));
        while (tabs->tabText(tabs->currentIndex()) != SettingsDialog::tr("&Notifications"))
            press(Qt::Key_Right);
        QCheckBox *late = childWithText<QCheckBox>(dialog, SettingsDialog::tr("Late c&ustomers"));
        QVERIFY(late);
        QVERIFY(tabTo(late));
        press(Qt::Key_Space);
        QCOMPARE(late->isChecked(), !before.notifyLate);
        QSignalSpy changed(&desk.window, &MainWindow::settingsChanged);
        press(Qt::Key_Return);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(desk.window.appSettings().refreshSeconds, before.refreshSeconds + 15);
        QCOMPARE(desk.window.appSettings().notifyLate, !before.notifyLate);
        QSettings settings;
        const AppSettings saved = AppSettings::load(settings);
        QCOMPARE(saved.refreshSeconds, before.refreshSeconds + 15);
        QCOMPARE(saved.notifyLate, !before.notifyLate);
    }
};

QTEST_MAIN(TestKeyboardTasks)
#include "tst_keyboardtasks.moc"
