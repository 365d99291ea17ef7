#pragma once

#include "registry/Levels.h"
#include "storage/Sql.h"

#include <QDate>

namespace dd::registry {

struct OfficeProfile {
    QString congressName; // 本级人大常委会名称, e.g. 云岭县人大常委会
    Level level = Level::County;
    int termNumber = 0; // the office level's current term
    QDate termStart;    // when that term began; defaults to today
};

// A new database: the office's profile, its current term and the shipped holiday calendar.
Outcome initializeOffice(QSqlDatabase db, const OfficeProfile& profile);

} // namespace dd::registry
