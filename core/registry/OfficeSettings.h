#pragma once

#include "registry/Levels.h"
#include "storage/Sql.h"
#include <QCoreApplication>

#include <QSqlDatabase>

namespace dd::registry {

// Settings that belong to the data, not to the PC: they travel with the database file.
class OfficeSettings {
    Q_DECLARE_TR_FUNCTIONS(dd::registry::OfficeSettings)

public:
    explicit OfficeSettings(QSqlDatabase db);

    // The keys this class checks; the loop's time limits (limit.*) are loop::LoopLimits'.
    static QStringList keys();
    static Outcome unknownKey(const QString& key, const QStringList& known);
    // The key of a level's current term: "term.county".
    static QString termKey(Level level);
    QString value(const QString& key, const QString& fallback = {}) const;
    // Validates known keys ("office_level" must be county|township, "document_language" zh_CN|en,
    // "term.<level>" a positive number) and writes in one transaction.
    Outcome set(const QString& key, const QString& value);

    QString congressName() const;
    Level officeLevel() const;
    QString documentLanguage() const;   // zh_CN by default
    int currentTerm(Level level) const; // 0 when not set

private:
    QSqlDatabase m_db;
};

} // namespace dd::registry
