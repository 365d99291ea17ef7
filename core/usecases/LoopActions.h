#pragma once

#include "loop/LoopMachine.h"
#include "loop/LoopRecords.h"
#include "storage/Sql.h"

#include <QDate>
#include <QList>

namespace dd::usecase {

// 点单: a citizen's concern (with its receiving deputies in item.deputyIds), or a deputy's
// suggestion (the lead deputy in item.deputyIds, the others in item.cosignerIds).
Outcome recordItem(QSqlDatabase db, loop::ItemKind kind, loop::Item& item,
                   const QString& actor = {});

// One step of the loop for one item, or the same step for several (all or none; a refusal
// names the item it stopped at).
Outcome takeStep(QSqlDatabase db, const QList<qint64>& itemIds, const loop::StepRequest& request);

// 撤回: withdraws the item's last step with a reason; the item returns to its handling before it
// and the step stays in the history, marked withdrawn (LoopStore::withdrawLastStep).
Outcome withdrawStep(QSqlDatabase db, qint64 itemId, const QString& reason);

// Marks a suggestion excellent (or takes the mark back) as rated on `date`.
Outcome markExcellent(QSqlDatabase db, qint64 suggestionId, bool excellent, const QDate& date);

// Adds a handling agency (id 0) or saves its changes.
Outcome saveAgency(QSqlDatabase db, loop::Agency& agency);

// A category of concerns and suggestions (one already on record is fine).
Outcome addCategory(QSqlDatabase db, const QString& name);

} // namespace dd::usecase
