#pragma once

#include "Cli.h"

#include "common/Period.h"
#include "scoring/ScoreEngine.h"

namespace dd::cli {

// --township, --station, --level, --group and --kind: whom a score table or gap report lists.
void addSelectionOptions(CommandLine& line);
std::optional<scoring::Selection> selectionOptions(QSqlDatabase db, const CommandLine& line);
// --period, required; a term (T18) only when `term`, its dates for the caller to look up.
std::optional<Period> periodOption(const CommandLine& line, bool term = false);
std::optional<scoring::ScoreOrder> orderOption(const CommandLine& line);

int runScore(Context& context, const QStringList& args);
int runGaps(Context& context, const QStringList& args);
int runRules(Context& context, const QStringList& args);
int runSheets(Context& context, const QStringList& args);
int runArchive(Context& context, const QStringList& args);
// export scores | gaps
int runScoreExport(Context& context, const QString& what, const QStringList& args);

} // namespace dd::cli
