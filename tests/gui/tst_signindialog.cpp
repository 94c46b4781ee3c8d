#include "apiclient.h"
#include "devserverprocess.h"
#include "memorytokenstore.h"
#include "sessionmanager.h"
#include "signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The sign-in dialog driven like a person would: typing and clicking, against a real dev
// server through a real SessionManager (the token store is in memory).
class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    DevServerProcess m_server;
    QTemporaryDir m_settings;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<SignInDialog> m_dialog;

    template<typename T> T *field(const QString &accessibleName)
    {
        for (T *widget : m_dialog->findChildren<T *>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }
    QPushButton *okButton()
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    void type(const QString &name, const QString &text)
    {
        QLineEdit *edit = field<QLineEdit>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FrontdeskSignInTest"));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QSettings().clear();
        m_client = std::make_unique<ApiClient>();
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_session = std::make_unique<SessionManager>(m_client.get(), m_tokens.get());
        m_dialog = std::make_unique<SignInDialog>(m_session.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_tokens.reset();
        m_client.reset();
    }

    void plainHttpToAnotherHostIsRefusedInline()
    {
        type(QStringLiteral("Server address"), QStringLiteral("http://desk.example.com"));
        type(QStringLiteral("E-mail address"), QStringLiteral("anna@example.com"));
        type(QStringLiteral("Password"), QStringLiteral("secret"));
        QVERIFY(!okButton()->isEnabled());
        QLabel *problem = field<QLabel>(QStringLiteral("Server address problem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("https://")));
        type(QStringLiteral("Server address"), m_server.baseUrl().toString());
        QVERIFY(okButton()->isEnabled());
    }

    void wrongPasswordIsShownAndTheDialogStays()
    {
        type(QStringLiteral("Server address"), m_server.baseUrl().toString());
        type(QStringLiteral("E-mail address"), m_server.email());
        type(QStringLiteral("Password"), QStringLiteral("wrong"));
        QSignalSpy failed(m_session.get(), &SessionManager::signInFailed);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QLabel *error = field<QLabel>(QStringLiteral("Sign-in problem"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!error->text().contains(QLatin1String("wrong")));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(!m_session->isSignedIn());
    }

    void signingInStoresTheTokenAndCloses()
    {
        type(QStringLiteral("Server address"), m_server.baseUrl().toString());
        type(QStringLiteral("E-mail address"), m_server.email());
        type(QStringLiteral("Password"), m_server.password());
        QSignalSpy signedIn(m_session.get(), &SessionManager::signedIn);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(signedIn.wait(10000));
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_session->email(), m_server.email());
        QVERIFY(m_client->hasAccessToken());
        // The password does not linger in the dialog.
        QVERIFY(field<QLineEdit>(QStringLiteral("Password"))->text().isEmpty());
    }

    void prefilledAfterAnEndedSession()
    {
        m_dialog->prefill(m_server.baseUrl(), QStringLiteral("anna@example.com"));
        m_dialog->setReason(QStringLiteral("Your session has ended, please sign in again."));
        QCOMPARE(field<QLineEdit>(QStringLiteral("Server address"))->text(),
                 m_server.baseUrl().toString());
        QCOMPARE(field<QLineEdit>(QStringLiteral("E-mail address"))->text(),
                 QStringLiteral("anna@example.com"));
        QLabel *reason = field<QLabel>(QStringLiteral("Why you need to sign in"));
        QVERIFY(reason && reason->isVisible());
        QVERIFY(reason->text().contains(QLatin1String("ended")));
    }

    void demoChoiceIsReported()
    {
        QSignalSpy demo(m_dialog.get(), &SignInDialog::demoRequested);
        QCheckBox *choice = field<QCheckBox>(QStringLiteral("Use the demo server"));
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(5, choice->height() / 2));
        QVERIFY(choice->isChecked());
        QVERIFY(okButton()->isEnabled());
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
