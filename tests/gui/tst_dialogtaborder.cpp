#include "keyboarddesk.h"

using namespace KeyboardDriver;
using Action = BookingActionController::Action;

// Issue 20, "Keyboard-complete": every dialog's Tab order (reading order, each stop once,
// cycling, Shift+Tab back) and its default button.
class TestDialogTabOrder : public QObject, protected KeyboardDesk
{
    Q_OBJECT

private:
    // The dialog shown, active and its Tab order checked (checkTabOrder()).
    static void showAndCheckTabOrder(QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        checkTabOrder(dialog);
    }

    // Enter closes without doing anything: the default button is the one that rejects.
    static void checkEnterRejects(QDialog *dialog)
    {
        QPushButton *byDefault = defaultButton(dialog);
        QVERIFY(byDefault);
        QCOMPARE(dialog->findChild<QDialogButtonBox *>()->buttonRole(byDefault),
                 QDialogButtonBox::RejectRole);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    }

private Q_SLOTS:
    void initTestCase() { startDesk(QStringLiteral("FrontdeskDialogTabOrderTest")); }
    void init() { prepareDesk(); }
    void cleanup() { cleanupDesk(); }

    // 1. The Tab order of every dialog, and its default button.
    void rescheduleDialogTabOrder()
    {
        const std::optional<Booking> booking =
            makeBooking(uniqueName(QStringLiteral("Rita")), FutureBookings::nextStart());
        QVERIFY(booking);
        RescheduleDialog dialog(m_fx.client.get(), *booking, m_zone);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.slotCount() > 0, 20000);
        checkTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QPushButton *>(QStringLiteral("rescheduleButton"));
        QVERIFY(ok);
        QVERIFY(ok->isDefault());
        // It opens on the slots, where the choice is made.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.slotTree()));
        // With a custom time its fields join in, in their places.
        QCheckBox *custom = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            custom = box;
        QVERIFY(custom);
        QVERIFY(tabTo(custom));
        press(Qt::Key_Space);
        QVERIFY(custom->isChecked());
        checkTabOrder(&dialog);
    }

    void cancelDialogTabOrderAndKeepByEnter()
    {
        DialogPrompter prompter(nullptr);
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        ModalScript script(
            [](QWidget *dialog) {
                QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cancelReason"));
                checkTabOrder(dialog);
                QPushButton *keep = defaultButton(dialog);
                QVERIFY(keep);
                QCOMPARE(keep->text(), DialogPrompter::tr("Keep booking"));
                // Enter keeps the booking: cancelling takes a deliberate key.
                press(Qt::Key_Return);
            },
            QStringLiteral("cancelBookingDialog"));
        QVERIFY(!prompter.confirmCancel(&parent, QStringLiteral("Cancel the booking?")));
        QVERIFY(script.ran());
    }

    void settingsDialogTabOrder()
    {
        SettingsDialog dialog(AppSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTabBar *tabs = dialog.findChild<QTabBar *>();
        QVERIFY(tabs);
        // Each page in turn: its stops between the tabs and the buttons.
        for (int page = 0; page < tabs->count(); ++page) {
            QVERIFY(tabTo(tabs));
            while (tabs->currentIndex() != page)
                press(Qt::Key_Right);
            checkTabOrder(&dialog);
            if (QTest::currentTestFailed())
                return;
        }
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
    }

    void signInDialogTabOrderAndEnter()
    {
        ApiClient client;
        MemoryTokenStore tokens;
        SessionManager session(&client, &tokens);
        SignInDialog dialog(&session);
        showAndCheckTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
        // Server, e-mail and password in turn, Enter signs in.
        QLineEdit *server = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == SignInDialog::tr("Server address"))
                server = edit;
        }
        QVERIFY(server);
        QVERIFY(tabTo(server));
        press(Qt::Key_A, Qt::ControlModifier);
        type(m_fx.server.baseUrl().toString());
        press(Qt::Key_Tab);
        type(m_fx.server.email());
        press(Qt::Key_Tab);
        type(m_fx.server.password());
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        press(Qt::Key_Return);
        QVERIFY(signedIn.wait(10000));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void conflictDialogTabOrderAndDiscardByEnter()
    {
        const std::optional<Booking> seen =
            makeBooking(uniqueName(QStringLiteral("Conrad")), FutureBookings::nextStart());
        QVERIFY(seen);
        Booking server = *seen;
        server.startTime = seen->startTime.addDays(1);
        server.endTime = seen->endTime.addDays(1);
        ConflictDialog dialog(*seen, server, QStringLiteral("The server moved this booking."),
                              QStringLiteral("Cancel"), m_zone);
        showAndCheckTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *discard = dialog.findChild<QPushButton *>(QStringLiteral("discard"));
        QVERIFY(discard);
        QCOMPARE(defaultButton(&dialog), discard);
        // Enter never applies a change over someone else's.
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void bulkActionDialogTabOrder_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("cancel") << int(Action::Cancel);
        QTest::newRow("no-show") << int(Action::NoShow);
    }

    void bulkActionDialogTabOrder()
    {
        QFETCH(int, action);
        QList<Booking> bookings;
        for (int i = 0; i < 2; ++i) {
            const std::optional<Booking> booking =
                makeBooking(uniqueName(QStringLiteral("Berta")), FutureBookings::nextStart());
            QVERIFY(booking);
            bookings.append(*booking);
        }
        BulkActionDialog dialog(m_fx.actions.get(), Action(action), bookings, m_zone);
        showAndCheckTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        // Enter closes without sending: sending takes its own button.
        checkEnterRejects(&dialog);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_fx.requests("PATCH") + m_fx.requests("DELETE"), 0);
    }

    void daySheetDialogTabOrderAndEnter()
    {
        DaySheetDialog dialog(DaySheetDialog::Purpose::Pdf, Clock::today(m_zone));
        showAndCheckTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void auditLogDialogTabOrder()
    {
        QString error;
        AuditEntry entry;
        entry.at = Clock::now();
        entry.actor = QStringLiteral("desk@example.org");
        entry.bookingId = QStringLiteral("b-1");
        entry.action = QStringLiteral("cancel");
        entry.result = QStringLiteral("applied");
        QVERIFY(m_fx.cache->appendAudit(entry, &error));
        AuditLogDialog dialog(m_fx.cache.get());
        showAndCheckTabOrder(&dialog);
        if (QTest::currentTestFailed())
            return;
        checkEnterRejects(&dialog);
    }
};

QTEST_MAIN(TestDialogTabOrder)
#include "tst_dialogtaborder.moc"
