#include "responsescheduler.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

ResponseScheduler::ResponseScheduler(QObject *parent) : QObject(parent)
{}

void ResponseScheduler::send(QTcpSocket *socket, Outgoing outgoing, int delayMs)
{
    auto queue = m_queues.find(socket);
    if (delayMs <= 0 && (queue == m_queues.end() || queue->empty())) {
        write(socket, outgoing);
        return;
    }
    if (queue == m_queues.end()) {
        queue = m_queues.insert(socket, {});
        // The pointer only serves as a key here; QAbstractHttpServer deletes the socket
        // (deleteLater) once the peer disconnects.
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queues.remove(socket); });
    }
    const quint64 serial = m_nextSerial++;
    queue->push_back({serial, delayMs <= 0, std::move(outgoing)});
    if (delayMs <= 0) {
        flush(socket);
        return;
    }
    QTimer::singleShot(delayMs, this, [this, guard = QPointer<QTcpSocket>(socket), serial] {
        if (!guard)
            return;
        const auto it = m_queues.find(guard.data());
        if (it == m_queues.end())
            return;
        for (Pending &pending : *it) {
            if (pending.serial == serial)
                pending.due = true;
        }
        flush(guard.data());
    });
}

void ResponseScheduler::flush(QTcpSocket *socket)
{
    const auto it = m_queues.find(socket);
    if (it == m_queues.end())
        return;
    while (!it->empty() && it->front().due) {
        const Outgoing outgoing = std::move(it->front().outgoing);
        it->pop_front();
        write(socket, outgoing);
        if (outgoing.after == After::Close)
            break;
    }
}

void ResponseScheduler::write(QTcpSocket *socket, const Outgoing &outgoing)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!outgoing.bytes.isEmpty())
        socket->write(outgoing.bytes);
    if (outgoing.after == After::Close)
        socket->disconnectFromHost();
}
