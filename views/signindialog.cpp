#include "signindialog.h"

#include "serverurl.h"
#include "sessionmanager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SignInDialog::SignInDialog(SessionManager *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in to Frontdesk"));

    m_reason = messageLabel(this);
    m_reason->setAccessibleName(tr("Why you need to sign in"));

    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("https://bookings.example.com"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverError = messageLabel(this);
    m_serverError->setAccessibleName(tr("Server address problem"));

    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                    Qt::ImhNoAutoUppercase);

    m_demo = new QCheckBox(tr("Use the &demo server (sample bookings on this computer)"), this);
    m_demo->setAccessibleName(tr("Use the demo server"));

    m_error = messageLabel(this);
    m_error->setAccessibleName(tr("Sign-in problem"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // the server gives no progress to show, only that we wait
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_demo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_demo, &QCheckBox::toggled, this, &SignInDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    connect(m_session, &SessionManager::signedIn, this, [this] {
        if (m_busy) {
            setBusy(false);
            accept();
        }
    });
    connect(m_session, &SessionManager::signInFailed, this, [this](const QString &message) {
        if (m_busy)
            showError(message);
    });

    if (m_session->hasAccount()) {
        prefill(m_session->server(), m_session->email());
    } else if (const std::optional<KnownAccount> last = m_session->lastAccount()) {
        prefill(last->server, last->email);
    }
    updateState();
}

void SignInDialog::prefill(const QUrl &server, const QString &email)
{
    m_server->setText(server.toDisplayString());
    m_email->setText(email);
    m_demo->setChecked(false);
    // Only the password is missing: that is where typing starts.
    (email.isEmpty() ? m_email : m_password)->setFocus();
    updateState();
}

void SignInDialog::setReason(const QString &reason)
{
    showMessage(m_reason, reason);
}

void SignInDialog::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
    if (!available)
        m_demo->setChecked(false);
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(m_error, message);
    if (!m_demo->isChecked()) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::done(int result)
{
    // Cancel while waiting stops the sign-in and stays in the dialog; the user may
    // correct something and try again.
    if (result == QDialog::Rejected && m_busy) {
        m_session->cancelSignIn();
        setBusy(false);
        return;
    }
    m_password->clear();
    QDialog::done(result);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    showMessage(m_error, QString());
    setBusy(true);
    if (m_demo->isChecked()) {
        Q_EMIT demoRequested();
        return;
    }
    m_session->signIn(ServerUrl::fromUserInput(m_server->text()), m_email->text().trimmed(),
                      m_password->text());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(busy                  ? tr("Signing In…")
                  : m_demo->isChecked() ? tr("&Start Demo")
                                        : tr("&Sign In"));
    updateState();
}

void SignInDialog::updateState()
{
    const bool demo = m_demo->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_password)})
        field->setEnabled(!m_busy && !demo);
    m_demo->setEnabled(!m_busy);

    const QString problem = demo ? QString() : serverProblem();
    // An empty field is not yet a mistake; it only keeps the button disabled.
    showMessage(m_serverError, m_server->text().trimmed().isEmpty() ? QString() : problem);
    const bool complete = demo || (problem.isEmpty() && m_email->text().contains(u'@') &&
                                   !m_password->text().isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_busy && complete);
    if (!m_busy)
        ok->setText(demo ? tr("&Start Demo") : tr("&Sign In"));
}

QString SignInDialog::serverProblem() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the address of your Empfio server.");
    const QUrl url = ServerUrl::fromUserInput(text);
    if (!url.isValid())
        return tr("“%1” is not a server address, for example https://bookings.example.com.")
            .arg(text);
    if (ServerUrl::check(url))
        return tr("Use an https:// address: plain http:// is only allowed for a server on this "
                  "computer.");
    return QString();
}
