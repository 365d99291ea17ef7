#pragma once

#include "registry/Records.h"
#include "storage/OperatorLog.h"

namespace dd::usecase {

// One version of a deputy's particulars as the operator log knows them: the first is as they
// stood before the first change the log recorded (as added, when the log saw the addition); each
// change since makes the next; the last is the record as it is.
struct DeputyVersion {
    int number = 0;
    QString at;           // when it began (the entry that made it)
    QString operatorName; // who made it
    QString summary;
    registry::Deputy deputy;
};
Result<QList<DeputyVersion>> deputyVersions(QSqlDatabase db, qint64 deputyId);

// Puts a deputy's particulars back to an earlier version (the photo stays as it is): one change,
// logged with the fields it changed and "restored version N" as its reason.
Outcome restoreDeputyVersion(QSqlDatabase db, qint64 deputyId, int number);

// A person's field (the log's field codes) set from the text the log keeps.
void setPersonField(registry::Deputy& deputy, const QString& field, const QString& value);

} // namespace dd::usecase
