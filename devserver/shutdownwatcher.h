#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT (through a self-pipe, the only async-signal-safe way into the event
// loop) and, optionally, end of stdin into shutdownRequested(). The app keeps our stdin
// open for as long as it lives, so EOF there means the parent is gone.
class ShutdownWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownWatcher(bool watchStdin, QObject *parent = nullptr);
    ~ShutdownWatcher() override;

signals:
    void shutdownRequested(const QString &reason);

private:
    static void handleSignal(int signal);
    void readSignal();
    void readStdin();

    QSocketNotifier *m_signalNotifier = nullptr;
    QSocketNotifier *m_stdinNotifier = nullptr;
};
