#pragma once

#include "Cli.h"
#include "loop/LoopStore.h"

namespace dd::cli {

// An item given as its integer id or its printed serial (2026-意-0153).
std::optional<loop::Item> findItem(const loop::LoopStore& store, const QString& text,
                                   std::optional<loop::ItemKind> kind);
// The ledger columns of items; JSON carries codes, the table and CSV translated words.
Listing itemListing(const QList<loop::Item>& items, Format format, const loop::Deadlines& deadlines,
                    const QDate& today);
// "overdue", "due soon" or "" for an open item on `today`.
QString urgency(const loop::Item& item, const loop::Deadlines& deadlines, const QDate& today);

int runLoopItems(Context& context, loop::ItemKind kind, const QStringList& args);
int runAgency(Context& context, const QStringList& args);
int runCategory(Context& context, const QStringList& args);
int runOverdue(Context& context, const QStringList& args);
int runStats(Context& context, const QStringList& args);
// export concerns|suggestions|stats|notice --period P --out FILE.xlsx
int runLoopExport(Context& context, const QString& what, const QStringList& args);
// forms dispatch-notices|feedback … --out FILE.pdf
int runForms(Context& context, const QStringList& args);

} // namespace dd::cli
