#include "registry/RegistryCheck.h"

#include "storage/Sql.h"
#include "text/Collation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd::registry {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::registry", text);
}

void collect(QSqlDatabase& db, QStringList& problems, const QString& statement, const char* message)
{
    QSqlQuery query(db);
    if (!storage::sql::run(query, statement)) {
        problems << query.lastError().text();
        return;
    }
    while (query.next())
        problems << tr(message).arg(query.value(0).toString(), query.value(1).toString());
}
} // namespace

QStringList checkRegistry(QSqlDatabase db)
{
    QStringList problems;
    collect(
        db, problems,
        QStringLiteral(
            "SELECT id, status FROM memberships WHERE (status = 'active') <> (end_date IS NULL)"),
        QT_TRANSLATE_NOOP("dd::registry",
                          "Membership %1 has status %2 but its end date disagrees"));
    collect(
        db, problems,
        QStringLiteral("SELECT m.id, m.start_date FROM memberships m WHERE NOT EXISTS (SELECT 1 "
                       "FROM membership_events e WHERE e.membership_id = m.id AND e.kind IN "
                       "('elected', 'by_election'))"),
        QT_TRANSLATE_NOOP("dd::registry", "Membership %1 (from %2) has no election on record"));
    collect(
        db, problems,
        QStringLiteral("SELECT id, start_date FROM station_assignments WHERE end_date IS NOT NULL "
                       "AND end_date < start_date"),
        QT_TRANSLATE_NOOP("dd::registry", "Station assignment %1 ends before it starts (%2)"));
    collect(db, problems,
            QStringLiteral("SELECT id, name FROM deputies WHERE name = '' OR uuid = ''"),
            QT_TRANSLATE_NOOP("dd::registry", "Deputy %1 has no name or no UUID (%2)"));
    // Sort keys are derived data; a stale one would misplace a name in every printed list.
    QSqlQuery query(db);
    if (storage::sql::run(query,
                          QStringLiteral("SELECT id, name, pinyin_key, stroke_key FROM deputies")))
        while (query.next())
            if (query.value(2).toString() != text::pinyinSortKey(query.value(1).toString()) ||
                query.value(3).toString() != text::strokeSortKey(query.value(1).toString()))
                problems << tr("Deputy %1 (%2) has outdated sort keys")
                                .arg(query.value(0).toString(), query.value(1).toString());
    return problems;
}

} // namespace dd::registry
