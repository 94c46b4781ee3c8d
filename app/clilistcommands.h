#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// list and export: read the local copy only, so they work offline and without a session.
class CliListCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliListCommands)

public:
    static int list(CliSession &session, const QStringList &arguments);
    static int exportBookings(CliSession &session, const QStringList &arguments);
};
