#include "changeinbox.h"

#include "bookingactions.h"
#include "bookingchange.h"
#include "conflictdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ChangeInbox::ChangeInbox(const BookingCache *cache, BookingActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_actions(actions)
    , m_model(new ChangeInboxModel(cache, actions, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("The server has every change this desk made."), this))
    , m_summary(new QLabel(this))
    , m_versions(new QWidget(this))
    , m_before(new QLabel(m_versions))
    , m_mine(new QLabel(m_versions))
    , m_theirs(new QLabel(m_versions))
    , m_mineTitle(new QLabel(m_versions))
    , m_keepMine(new QPushButton(tr("&Keep mine (send it anyway)"), this))
    , m_keepServer(new QPushButton(tr("Keep the &server's (discard mine)"), this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("changeInbox"));
    setAccessibleName(tr("Changes not on the server yet"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ChangeInboxModel::StateColumn, 90);
    m_view->setColumnWidth(ChangeInboxModel::BookingColumn, 220);
    m_view->setColumnWidth(ChangeInboxModel::ChangeColumn, 220);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("The selected change"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(m_versions);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto title = [this](const QString &text) {
        auto *label = new QLabel(text, m_versions);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(title(tr("Before")), 0, 0);
    grid->addWidget(m_mineTitle, 0, 1);
    m_mineTitle->setFont(title(QString())->font());
    m_mineTitle->setText(tr("Mine"));
    grid->addWidget(title(tr("Now on the server")), 0, 2);
    m_before->setAccessibleName(tr("The booking before the change"));
    m_mine->setAccessibleName(tr("The booking with this desk's change"));
    m_theirs->setAccessibleName(tr("The booking now on the server"));
    int column = 0;
    for (QLabel *label : {m_before, m_mine, m_theirs}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(label, 1, column++);
    }
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    m_discard->setObjectName(QStringLiteral("discardChange"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *button : {m_keepServer, m_keepMine, m_tryAgain, m_discard}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_empty, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_versions, 1);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, &ChangeInbox::sendAnyway);
    connect(m_tryAgain, &QPushButton::clicked, this, &ChangeInbox::sendAnyway);
    connect(m_keepServer, &QPushButton::clicked, this, &ChangeInbox::discard);
    connect(m_discard, &QPushButton::clicked, this, &ChangeInbox::discard);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChangeInbox::updateDetails);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT bookingChosen(index.data(ChangeInboxModel::BookingIdRole).toString());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ChangeInbox::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChangeInbox::updateDetails);
    updateDetails();
}

void ChangeInbox::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setDisplayTimeZone(zone);
    updateDetails();
}

void ChangeInbox::selectEntry(qint64 outboxId)
{
    const int row = m_model->rowOf(outboxId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

qint64 ChangeInbox::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ChangeInboxModel::OutboxIdRole).toLongLong() : 0;
}

void ChangeInbox::updateDetails()
{
    const bool any = m_model->count() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const std::optional<OutboxEntry> entry = m_model->entry(currentEntry());
    for (QPushButton *button : {m_keepMine, m_keepServer, m_tryAgain, m_discard})
        button->hide();
    m_versions->hide();
    if (!entry) {
        m_summary->clear();
        m_summary->setVisible(false);
        return;
    }
    m_summary->setVisible(true);
    const ChangeInboxModel::State state = m_model->stateOf(*entry);
    const QString change = BookingChange::fromOutboxEntry(*entry).describe(m_zone);
    const QString booking = m_model->bookingText(*entry);
    switch (state) {
    case ChangeInboxModel::State::Conflict: {
        const ConflictVersions versions = ConflictVersions::of(*entry, m_zone);
        m_summary->setText(tr("%1: this desk's change (%2) met a change made elsewhere. Which "
                              "version should the booking have?")
                               .arg(booking, change));
        m_before->setText(versions.before);
        m_mineTitle->setText(tr("Mine: %1").arg(versions.change));
        m_mine->setText(versions.mine);
        m_theirs->setText(versions.theirs);
        m_versions->show();
        m_keepMine->show();
        m_keepServer->show();
        break;
    }
    case ChangeInboxModel::State::Refused:
        m_summary->setText(
            tr("%1: the server refused %2. Its reason: %3")
                .arg(booking, change, entry->error.isEmpty() ? tr("(none given)") : entry->error));
        m_tryAgain->show();
        m_discard->show();
        break;
    case ChangeInboxModel::State::Waiting:
        m_summary->setText(
            tr("%1: %2 waits to be sent; it goes to the server as soon as it can be reached.")
                .arg(booking, change));
        m_discard->show();
        break;
    case ChangeInboxModel::State::Sending:
        m_summary->setText(tr("%1: %2 is being sent to the server…").arg(booking, change));
        break;
    }
    for (QPushButton *button : {m_keepMine, m_keepServer, m_tryAgain, m_discard})
        button->setEnabled(!m_busy);
}

void ChangeInbox::sendAnyway()
{
    const qint64 id = currentEntry();
    if (id == 0 || m_busy || !m_actions)
        return;
    m_busy = true;
    updateDetails();
    m_actions->resolve(id, true, this, [this](const ActionOutcome &outcome) {
        m_busy = false;
        switch (outcome.result) {
        case ActionOutcome::Result::Applied:
            Q_EMIT message(tr("Sent: the server now has this desk's version."));
            break;
        case ActionOutcome::Result::Queued:
            Q_EMIT message(tr("The server cannot be reached; the change waits and is sent "
                              "when it can."));
            break;
        case ActionOutcome::Result::Conflict:
            Q_EMIT message(tr("The booking changed on the server again; choose again."));
            break;
        case ActionOutcome::Result::Refused:
            Q_EMIT message(tr("The server refused the change: %1")
                               .arg(outcome.error ? outcome.error->userMessage() : QString()));
            break;
        }
        updateDetails();
    });
}

void ChangeInbox::discard()
{
    const qint64 id = currentEntry();
    if (id == 0 || m_busy || !m_actions)
        return;
    const std::optional<OutboxEntry> entry = m_model->entry(id);
    if (entry && entry->state == OutboxEntry::State::Pending) {
        // A waiting change is the desk's only copy of what the receptionist asked for.
        const auto answer = QMessageBox::question(
            this, tr("Discard the change?"),
            tr("Discard “%1”? It has not reached the server, and nothing else keeps it.")
                .arg(BookingChange::fromOutboxEntry(*entry).describe(m_zone)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QString error;
    if (m_actions->discard(id, &error))
        Q_EMIT message(tr("Discarded: the server's version stays."));
    else
        Q_EMIT message(tr("The change could not be discarded: %1").arg(error));
}

QString ChangeInbox::detailsText() const
{
    QStringList lines{m_summary->text()};
    if (m_versions->isVisibleTo(this)) {
        lines.append(tr("Before") + u": " +
                     QString(m_before->text()).replace(u'\n', QStringLiteral("; ")));
        lines.append(m_mineTitle->text() + u": " +
                     QString(m_mine->text()).replace(u'\n', QStringLiteral("; ")));
        lines.append(tr("Now on the server") + u": " +
                     QString(m_theirs->text()).replace(u'\n', QStringLiteral("; ")));
    }
    return lines.join(u'\n');
}
