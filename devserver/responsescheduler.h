#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <deque>

class QTcpSocket;

// Writes responses after an optional delay without blocking the event loop, and keeps
// them in request order per connection even if the delay changes in between.
class ResponseScheduler : public QObject
{
    Q_OBJECT

public:
    enum class After { KeepOpen, Close };

    struct Outgoing
    {
        QByteArray bytes;
        After after = After::KeepOpen;
    };

    explicit ResponseScheduler(QObject *parent = nullptr);

    void send(QTcpSocket *socket, Outgoing outgoing, int delayMs);

private:
    struct Pending
    {
        quint64 serial = 0;
        bool due = false;
        Outgoing outgoing;
    };

    void flush(QTcpSocket *socket);
    static void write(QTcpSocket *socket, const Outgoing &outgoing);

    QHash<QTcpSocket *, std::deque<Pending>> m_queues;
    quint64 m_nextSerial = 0;
};
