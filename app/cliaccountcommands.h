#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// login, logout and whoami: the session token in the system keychain.
class CliAccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliAccountCommands)

public:
    // `arguments` start with the command name; each returns the process exit status.
    static int login(CliSession &session, const QStringList &arguments);
    static int logout(CliSession &session, const QStringList &arguments);
    static int whoami(CliSession &session, const QStringList &arguments);
};
