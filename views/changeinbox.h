#pragma once

#include "changeinboxmodel.h"

#include <QWidget>

class BookingActions;
class BookingCache;
class QLabel;
class QPushButton;
class QTableView;

// View › Changes: every change the server does not have yet, and what can be done about it.
// A conflict shows the booking before the change, with the change, and as the server has it
// now, in words, and offers "Keep mine" (send it anyway) or "Keep the server's" (discard
// mine); a refused change shows the server's reason and offers "Try again" or "Discard"; a
// waiting one can be discarded. Every choice goes through BookingActions (like the command
// line's `frontdesk-cli outbox`), so it is in the audit log.
class ChangeInbox : public QWidget
{
    Q_OBJECT

public:
    ChangeInbox(const BookingCache *cache, BookingActions *actions, QWidget *parent = nullptr);

    ChangeInboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setDisplayTimeZone(const QTimeZone &zone);
    // Selects the entry (a conflict just announced, say).
    void selectEntry(qint64 outboxId);
    qint64 currentEntry() const;
    // The words shown for the current entry (tests, accessibility).
    QString detailsText() const;

    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepServerButton() const { return m_keepServer; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    // What a choice led to, for the status bar.
    void message(const QString &text);
    void bookingChosen(const QString &id);

private:
    void updateDetails();
    void sendAnyway();
    void discard();

    const BookingCache *m_cache;
    BookingActions *m_actions;
    ChangeInboxModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_summary;
    QWidget *m_versions;
    QLabel *m_before;
    QLabel *m_mine;
    QLabel *m_theirs;
    QLabel *m_mineTitle;
    QPushButton *m_keepMine;
    QPushButton *m_keepServer;
    QPushButton *m_tryAgain;
    QPushButton *m_discard;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_busy = false;
};
