#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// sync: sends the changes waiting in the outbox, then one full pass of the sync engine.
class CliSyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliSyncCommand)

public:
    static int run(CliSession &session, const QStringList &arguments);
};
