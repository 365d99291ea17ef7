#include "storage/OperatorLog.h"

#include "storage/Backups.h"
#include "storage/SettingsTable.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QUrl>

#include <memory>

namespace dd::storage {

namespace {

QString changesText(const QList<FieldChange>& changes)
{
    if (changes.isEmpty())
        return {};
    QJsonArray array;
    for (const FieldChange& change : changes)
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                 {QStringLiteral("before"), change.before},
                                 {QStringLiteral("after"), change.after}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> parseChanges(const QString& text)
{
    QList<FieldChange> changes;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        changes.append({object.value(QStringLiteral("field")).toString(),
                        object.value(QStringLiteral("before")).toString(),
                        object.value(QStringLiteral("after")).toString()});
    }
    return changes;
}

const QString kColumns = QStringLiteral(
    "id, at, operator, action, summary, record_kind, record_id, changes, reason, hash");

LogEntry readEntry(const QSqlQuery& query)
{
    LogEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = query.value(1).toString();
    entry.operatorName = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.summary = query.value(4).toString();
    entry.recordKind = query.value(5).toString();
    entry.recordId = query.value(6).toLongLong();
    entry.changes = parseChanges(query.value(7).toString());
    entry.reason = query.value(8).toString();
    entry.hash = query.value(9).toString();
    return entry;
}

std::unique_ptr<LogHeadKeeper>& installedKeeper()
{
    static std::unique_ptr<LogHeadKeeper> keeper;
    return keeper;
}

} // namespace

QString LogHead::text() const
{
    return QStringLiteral("%1:%2").arg(count).arg(hash);
}

std::optional<LogHead> LogHead::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 count = text.left(colon).toLongLong(&ok);
    if (colon < 0 || !ok || count < 0)
        return std::nullopt;
    return LogHead{count, text.mid(colon + 1)};
}

OperatorLog::OperatorLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString OperatorLog::hashOf(const LogEntry& entry, const QString& previousHash)
{
    const QStringList parts{previousHash,
                            QString::number(entry.id),
                            entry.at,
                            entry.operatorName,
                            entry.action,
                            entry.summary,
                            entry.recordKind,
                            QString::number(entry.recordId),
                            changesText(entry.changes),
                            entry.reason};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Outcome OperatorLog::append(LogEntry& entry)
{
    const auto last = head();
    if (!last)
        return last.failure();
    entry.id = last->count + 1;
    entry.at = sql::nowText();
    entry.hash = hashOf(entry, last->hash);
    QSqlQuery query(m_db);
    if (!sql::run(
            query,
            QStringLiteral("INSERT INTO operator_log(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kColumns),
            {entry.id, entry.at, entry.operatorName, entry.action, entry.summary, entry.recordKind,
             entry.recordId > 0 ? QVariant(entry.recordId) : QVariant(), changesText(entry.changes),
             entry.reason, entry.hash}))
        return sql::storageFailure(query);
    return Outcome::success(entry.id);
}

Result<QList<LogEntry>> OperatorLog::list(const LogFilter& filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.since.toString(Qt::ISODate);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.until.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.operatorName.isEmpty()) {
        where << QStringLiteral("operator = ?");
        values << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("(action = ? OR action LIKE ? || '.%')");
        values << filter.action << filter.action;
    }
    if (!filter.recordKind.isEmpty()) {
        where << QStringLiteral("record_kind = ?");
        values << filter.recordKind;
    }
    if (filter.recordId > 0) {
        where << QStringLiteral("record_id = ?");
        values << filter.recordId;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT %1 FROM operator_log %2 ORDER BY id")
                      .arg(kColumns, where.isEmpty()
                                         ? QString()
                                         : QStringLiteral("WHERE ") + where.join(u" AND ")),
                  values))
        return sql::readFailure(query);
    QList<LogEntry> entries;
    while (query.next())
        entries << readEntry(query);
    return entries;
}

Result<LogHead> OperatorLog::head() const
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*), (SELECT hash FROM operator_log "
                                        "ORDER BY id DESC LIMIT 1) FROM operator_log")) ||
        !query.next())
        return sql::readFailure(query);
    return LogHead{query.value(0).toLongLong(), query.value(1).toString()};
}

Result<QStringList> OperatorLog::verify(const QList<std::pair<QString, LogHead>>& kept) const
{
    const auto entries = list();
    if (!entries)
        return entries.failure();
    QStringList problems;
    QString previous;
    qint64 position = 0;
    QList<QString> hashes; // the hash after each position
    for (const LogEntry& entry : *entries) {
        ++position;
        if (entry.id != position) {
            problems << tr("Operator log: entry %1 is missing (the next is %2): entries were "
                           "removed")
                            .arg(position)
                            .arg(entry.id);
            break;
        }
        if (hashOf(entry, previous) != entry.hash) {
            problems << tr("Operator log: entry %1 (%2, %3) was changed after it was written")
                            .arg(entry.id)
                            .arg(entry.at, entry.summary);
            break;
        }
        previous = entry.hash;
        hashes << entry.hash;
    }
    const qint64 count = entries->size();
    for (const auto& [where, head] : kept) {
        if (head.count > count)
            problems << tr("Operator log: %1 says it had %2 entries, the file has %3: the last "
                           "entries were removed")
                            .arg(where)
                            .arg(head.count)
                            .arg(count);
        else if (head.count > 0 && head.count <= hashes.size() &&
                 hashes.at(head.count - 1) != head.hash)
            problems << tr("Operator log: entries up to %1 differ from what %2 recorded: the log "
                           "was changed and its chain written again")
                            .arg(head.count)
                            .arg(where);
    }
    return problems;
}

void setLogHeadKeeper(std::unique_ptr<LogHeadKeeper> keeper)
{
    installedKeeper() = std::move(keeper);
}

LogHeadKeeper* logHeadKeeper()
{
    return installedKeeper().get();
}

void SettingsLogHeads::remember(const QString& fileKey, const LogHead& head)
{
    QSettings().setValue(QStringLiteral("operatorLog/") + fileKey, head.text());
}

std::optional<LogHead> SettingsLogHeads::recalled(const QString& fileKey) const
{
    const QString text = QSettings().value(QStringLiteral("operatorLog/") + fileKey).toString();
    return text.isEmpty() ? std::nullopt : LogHead::parse(text);
}

QString officeId(QSqlDatabase db)
{
    return SettingsTable(std::move(db)).value(QStringLiteral("office.id"));
}

QString logFileKey(const QString& officeId, const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QString where = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    return officeId + QLatin1Char('-') +
           QString::fromLatin1(
               QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString canonicalDatabasePath(QSqlDatabase db)
{
    QString name = db.databaseName();
    if (name.startsWith(QLatin1String("file:"))) // an immutable URI: file:PATH?immutable=1
        name = QUrl(name.section(QLatin1Char('?'), 0, 0)).toLocalFile();
    const QFileInfo file(name);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

void rememberLogHead(QSqlDatabase db)
{
    LogHeadKeeper* keeper = logHeadKeeper();
    if (!keeper)
        return;
    const QString office = officeId(db);
    const auto head = OperatorLog(db).head();
    if (head && !office.isEmpty())
        keeper->remember(logFileKey(office, canonicalDatabasePath(db)), *head);
}

void rememberLogHead(const QString& databasePath, const QString& officeId, const LogHead& head)
{
    if (LogHeadKeeper* keeper = logHeadKeeper(); keeper && !officeId.isEmpty())
        keeper->remember(logFileKey(officeId, databasePath), head);
}

Result<QStringList> checkOperatorLog(const QString& databasePath, QSqlDatabase db)
{
    QList<std::pair<QString, LogHead>> kept;
    const QString office = officeId(db);
    const QString path = QFileInfo::exists(databasePath)
                             ? QFileInfo(databasePath).canonicalFilePath()
                             : databasePath;
    if (const LogHeadKeeper* keeper = logHeadKeeper(); keeper && !office.isEmpty())
        if (const auto head = keeper->recalled(logFileKey(office, path)))
            kept.append({OperatorLog::tr("the settings on this computer"), *head});
    // The newest backup since the file was last restored (a restore may go back to an older log;
    // the copy taken before it holds the log it replaced).
    const auto restores =
        OperatorLog(db).list({{}, {}, {}, QStringLiteral("office.restore"), {}, 0});
    if (!restores)
        return restores.failure();
    const QDateTime restoredAt =
        restores->isEmpty() ? QDateTime() : QDateTime::fromString(restores->last().at, Qt::ISODate);
    for (const Backups::Entry& backup : Backups(databasePath, db).list()) {
        if (backup.reason == QLatin1String("before-restore"))
            continue;
        if (restoredAt.isValid() && backup.madeAt <= restoredAt)
            break;
        const auto details = Backups::inspect(backup.path);
        if (!details || details->sourcePath != path) // a copy's backup, or one before the stamp
            continue;
        if (details->logHead)
            kept.append({OperatorLog::tr("the backup of %1")
                             .arg(backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         *details->logHead});
        break;
    }
    return OperatorLog(db).verify(kept);
}

} // namespace dd::storage
