#include "clicommandparser.h"

#include "clioutput.h"
#include "clisession.h"

CliCommandParser::CliCommandParser(CliSession &session, const QStringList &arguments,
                                   const QString &description)
    : m_session(session), m_arguments(arguments), m_command(arguments.value(0))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    CliSession::addGlobalOptions(m_parser);
}

void CliCommandParser::addPositional(const QString &name, const QString &description,
                                     const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_syntax.append(syntax);
}

bool CliCommandParser::parse(int minPositional, int maxPositional)
{
    // QCommandLineParser takes the first argument for the program; the command is in its
    // place, so "frontdesk-cli list --from x" parses like a program of its own.
    if (!m_parser.parse(m_arguments)) {
        usageError(m_parser.errorText());
        m_exitCode = CliSession::Failure;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // helpText() names the executable, not the command: show the real usage line.
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(u'\n') + 1);
        QStringList usage{QStringLiteral("frontdesk-cli"), m_command, tr("[options]")};
        usage += m_syntax;
        CliOutput::print(tr("Usage: %1").arg(usage.join(u' ')));
        CliOutput::write(help.toUtf8());
        m_exitCode = CliSession::Success;
        return false;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        usageError(tr("Missing arguments: %1").arg(m_syntax.join(u' ')));
        m_exitCode = CliSession::Failure;
        return false;
    }
    if (count > maxPositional) {
        usageError(
            tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().at(maxPositional)));
        m_exitCode = CliSession::Failure;
        return false;
    }
    m_session.applyGlobalOptions(m_parser);
    return true;
}

void CliCommandParser::usageError(const QString &message) const
{
    CliOutput::error(QStringLiteral("frontdesk-cli %1: %2").arg(m_command, message));
    CliOutput::error(tr("See: frontdesk-cli %1 --help").arg(m_command));
}
