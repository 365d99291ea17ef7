#pragma once

#include "storage/Sql.h"

#include <QSqlDatabase>

namespace dd::storage {

// The settings table: the office's settings that travel with the file, key → text. It only
// reads and writes; each part of core checks its own keys (OfficeSettings, loop::LoopLimits) and
// usecase::changeSettings is the door a clerk's change comes through.
class SettingsTable {
public:
    explicit SettingsTable(QSqlDatabase db);
    QString value(const QString& key, const QString& fallback = {}) const;
    // Writes one value in a transaction of its own, or in the caller's.
    Outcome write(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace dd::storage
