#pragma once

#include <QString>

#include <optional>

// The few things frontdesk-cli needs from the terminal.
class CliTerminal
{
public:
    static bool stdinIsTerminal();
    // One line from standard input without its line end. On a terminal, `prompt` goes to
    // stderr first and the typed characters are not echoed. nullopt at end of input.
    static std::optional<QString> readSecretLine(const QString &prompt);
};
