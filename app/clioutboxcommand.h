#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// outbox: the changes the server does not have yet, and the decisions about them.
class CliOutboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliOutboxCommand)

public:
    static int run(CliSession &session, const QStringList &arguments);

private:
    static int list(CliSession &session);
    static int discard(CliSession &session, qint64 id);
    static int apply(CliSession &session, qint64 id);
};
