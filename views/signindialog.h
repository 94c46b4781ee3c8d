#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class SessionManager;

// Asks for the server, e-mail address and password, and signs in through the
// SessionManager (never the network directly). Pre-filled with the current or last
// account, so that after an ended session only the password is missing.
//
// The demo choice is only reported (demoRequested()): the app starts the demo server and
// signs in to it, and the dialog waits for the session like for any other sign-in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(SessionManager *session, QWidget *parent = nullptr);

    void prefill(const QUrl &server, const QString &email);
    // Why the dialog is shown ("Your session has ended, ..."); empty for a first start.
    void setReason(const QString &reason);
    void setDemoAvailable(bool available);
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Ends the busy state with a message, for failures the session does not report (the
    // demo server did not start).
    void showError(const QString &message);

Q_SIGNALS:
    void demoRequested();

protected:
    void done(int result) override;

private:
    void submit();
    void setBusy(bool busy);
    void updateState();
    // The server field's problem, empty when it may be used.
    QString serverProblem() const;

    SessionManager *m_session;
    QLabel *m_reason;
    QLineEdit *m_server;
    QLabel *m_serverError;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_demo;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
