#pragma once

#include "actionprompter.h"

#include <QCoreApplication>
#include <QTimeZone>

class ApiClient;
class BookingCache;

// ActionPrompter with real dialogs: message boxes for the questions, RescheduleDialog for a
// new time, ConflictDialog for a conflict, small forms for the cancel reason and details.
class DialogPrompter : public ActionPrompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)

public:
    explicit DialogPrompter(ApiClient *client, const BookingCache *cache = nullptr)
        : m_client(client), m_cache(cache)
    {}

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &accept) override;
    std::optional<QString> confirmCancel(QWidget *parent, const QString &text) override;
    std::optional<NewTime> chooseTime(QWidget *parent, const Booking &booking) override;
    std::optional<Details> editDetails(QWidget *parent, const Booking &booking) override;
    ConflictChoice resolveConflict(QWidget *parent, const Booking &seen, const Booking &server,
                                   const QString &what, const QString &change) override;
    void inform(QWidget *parent, const QString &title, const QString &text, bool isError) override;

private:
    ApiClient *m_client;
    const BookingCache *m_cache; // for the customer's no-show warning
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
