#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// insights: the figures of the Insights view for a range of days, from the local copy only
// (works offline); --json prints them for scripts in the API's words.
class CliInsightsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliInsightsCommand)

public:
    static int run(CliSession &session, const QStringList &arguments);
};
