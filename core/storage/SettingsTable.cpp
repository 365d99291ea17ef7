#include "storage/SettingsTable.h"

#include "storage/WriteTransaction.h"

namespace dd::storage {

SettingsTable::SettingsTable(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SettingsTable::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_db);
    if (sql::run(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) &&
        query.next())
        return query.value(0).toString();
    return fallback;
}

Outcome SettingsTable::write(const QString& key, const QString& value)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value}))
        return sql::storageFailure(query);
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::storage
