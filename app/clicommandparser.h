#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CliSession;

// The command line of one frontdesk-cli command: its own options and positional arguments,
// plus the global ones (so that `frontdesk-cli list --server …` works as well as
// `frontdesk-cli --server … list`), --help, and usage errors that say what to do.
class CliCommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandParser)

public:
    // `arguments` start with the command name (as typed: "outbox", "no-show", …).
    CliCommandParser(CliSession &session, const QStringList &arguments, const QString &description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // `syntax` is how it shows in the usage line: "ID", "[END]".
    void addPositional(const QString &name, const QString &description, const QString &syntax);
    QCommandLineParser &parser() { return m_parser; }

    // False after --help (exit status 0) or a usage error, which has been printed (exit
    // status 1). Global options found are applied to the session.
    bool parse(int minPositional = 0, int maxPositional = 0);
    int exitCode() const { return m_exitCode; }

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

    // A usage error of this command: the message and where to find help.
    void usageError(const QString &message) const;

private:
    CliSession &m_session;
    QStringList m_arguments;
    QString m_command;
    QStringList m_syntax;
    QCommandLineParser m_parser;
    int m_exitCode = 0;
};
