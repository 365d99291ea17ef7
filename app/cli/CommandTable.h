#pragma once

#include "Cli.h"

#include <functional>

namespace dd::cli {

// One top-level command: its name, what it does, the actions it takes (an empty action is the
// command alone) and the function that runs it. The usage text, the dispatch and the hidden
// --list-commands (which the tests walk) all come from this one table.
struct Command {
    const char* name;
    const char* help; // source text in the context "dd::cli"
    QStringList actions;
    std::function<int(Context&, const QStringList&)> run;
};

const QList<Command>& commands();
// The program's usage: the global options, then each command with its actions.
QString usage(const QString& defaultDatabase);
// "COMMAND ACTION" (or "COMMAND") per line, every path the CLI takes.
QString commandPaths();

} // namespace dd::cli
