#include "storage/Backups.h"

#include "storage/DatabaseLock.h"
#include "storage/Schema.h"
#include "storage/SqliteBackup.h"
#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <algorithm>

namespace dd {

namespace {
constexpr const char* kStampPrefix = "backup_copy.";
constexpr qint64 kSpareBytes = 16 * 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString fileNamePattern(const QString& baseName)
{
    return QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.ddb$")
        .arg(QRegularExpression::escape(baseName));
}

qint64 databaseBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

int countOf(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toInt()
               : 0;
}
} // namespace

Backups::Backups(QString databasePath, QSqlDatabase db)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_db(std::move(db))
{
}

Outcome Backups::before(QSqlDatabase db, const QString& reason)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:") || !QFileInfo::exists(path))
        return Outcome::success();
    QString error;
    if (!Backups(path, db).make(reason, &error))
        return Outcome::failure(
            Outcome::Kind::Storage,
            tr("Nothing was changed, because no backup could be made first: %1").arg(error));
    return Outcome::success();
}

QString Backups::defaultFolder(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-backups");
}

QString Backups::setting(const QString& key) const
{
    QSqlQuery query(m_db);
    return sql::run(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) &&
                   query.next()
               ? query.value(0).toString()
               : QString();
}

QString Backups::folder() const
{
    const QString configured = setting(QStringLiteral("backup.folder"));
    return configured.isEmpty() ? defaultFolder(m_databasePath) : configured;
}

Backups::Policy Backups::policy() const
{
    Policy policy;
    const auto read = [this](const char* key, int fallback) {
        bool ok = false;
        const int value = setting(QLatin1String(key)).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    policy.keepLast = std::max(1, read("backup.keep_last", policy.keepLast));
    policy.keepDaily = read("backup.keep_daily", policy.keepDaily);
    policy.keepMonthly = read("backup.keep_monthly", policy.keepMonthly);
    return policy;
}

std::optional<QString> Backups::make(const QString& reason, QString* error,
                                     const QString& chosenFolder) const
{
    const QString into = chosenFolder.isEmpty() ? folder() : chosenFolder;
    if (!QDir().mkpath(into)) {
        *error = tr("Cannot create the backup folder %1").arg(shown(into));
        return std::nullopt;
    }
    const qint64 needed = databaseBytes(m_databasePath) + kSpareBytes;
    const QStorageInfo storage(into);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed) {
        *error = tr("Not enough free space for a backup in %1: %2 MB needed, %3 MB free")
                     .arg(shown(into))
                     .arg(needed / (1024 * 1024))
                     .arg(storage.bytesAvailable() / (1024 * 1024));
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                             .arg(into, QFileInfo(m_databasePath).completeBaseName(),
                                  now.toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
    QString target = stem + QStringLiteral(".ddb");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1.ddb").arg(n);
    const QString stamp =
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                       "('%1program_version', '%2'), ('%1made_at', '%3'), ('%1reason', '%4')")
            .arg(QLatin1String(kStampPrefix), QStringLiteral(DEPUTYDESK_VERSION),
                 now.toString(Qt::ISODate), reason);
    // Written under a temporary name, so a backup cut short is never listed as one.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlDatabase db = m_db;
    QString copyError;
    if (!sqlite::backupToNewFile(db, partial, stamp, &copyError) ||
        !QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = tr("Cannot write the backup %1: %2").arg(shown(target), copyError);
        return std::nullopt;
    }
    for (const QString& old : outsidePolicy(listIn(into), now, policy()))
        QFile::remove(old);
    return target;
}

QList<Backups::Entry> Backups::listIn(const QString& folder) const
{
    const QRegularExpression pattern(fileNamePattern(QFileInfo(m_databasePath).completeBaseName()));
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.ddb")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.madeAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        entry.reason = match.captured(2);
        entry.size = file.size();
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return entries;
}

QList<Backups::Entry> Backups::list() const
{
    return listIn(folder());
}

std::optional<QDateTime> Backups::lastMade() const
{
    const QList<Entry> entries = list();
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first().madeAt;
}

std::optional<Backups::Details> Backups::inspect(const QString& path, QString* error)
{
    const auto header = sqlite::readHeader(path, error);
    if (!header)
        return std::nullopt;
    if (!header->isSqlite || header->applicationId != sqlite::kApplicationId) {
        *error = tr("%1 is not a DeputyDesk database or backup").arg(shown(path));
        return std::nullopt;
    }
    Details details;
    details.dataVersion = header->userVersion;
    const QString name = QStringLiteral("dd-backup-inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Backups are never written again: read as they stand, without SQLite's side files.
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            QSqlQuery query(db);
            if (sql::run(
                    query, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {QString(QLatin1String(kStampPrefix) + QStringLiteral("program_version"))}) &&
                query.next())
                details.programVersion = query.value(0).toString();
            details.deputies = countOf(db, QStringLiteral("deputies"));
            details.items = countOf(db, QStringLiteral("loop_items"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return details;
}

QStringList Backups::outsidePolicy(QList<Entry> entries, const QDateTime& now, const Policy& policy)
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.madeAt > b.madeAt; });
    QSet<QString> kept;
    QSet<QDate> days;
    QSet<int> months;
    const QDate today = now.date();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        const QDate day = entry.madeAt.date();
        const int month = day.year() * 12 + day.month();
        const int monthsAgo = today.year() * 12 + today.month() - month;
        bool keep = i < policy.keepLast;
        if (day.daysTo(today) < policy.keepDaily && !days.contains(day)) {
            days.insert(day);
            keep = true;
        }
        if (monthsAgo < policy.keepMonthly && !months.contains(month)) {
            months.insert(month);
            keep = true;
        }
        if (keep)
            kept.insert(entry.path);
    }
    QStringList removed;
    for (const Entry& entry : entries)
        if (!kept.contains(entry.path))
            removed << entry.path;
    return removed;
}

Outcome Backups::restore(const QString& backupPath, QString* safetyCopy) const
{
    const auto refuse = [](const QString& message) {
        return Outcome::failure(Outcome::Kind::NotAllowed, message);
    };
    if (QFileInfo(backupPath).absoluteFilePath() == m_databasePath)
        return refuse(tr("%1 is the office file itself, not a backup").arg(shown(backupPath)));
    QString error;
    const auto details = inspect(backupPath, &error);
    if (!details)
        return Outcome::failure(Outcome::Kind::Invalid, error);
    if (details->dataVersion > schema::latestVersion())
        return refuse(tr("%1 was written by a newer DeputyDesk (%2, data version %3; this program "
                         "reads up to %4). Please update DeputyDesk before restoring it.")
                          .arg(shown(backupPath), details->programVersion.isEmpty()
                                                      ? QStringLiteral("?")
                                                      : details->programVersion)
                          .arg(details->dataVersion)
                          .arg(schema::latestVersion()));
    if (const auto holder = DatabaseLock::otherLiveHolder(m_databasePath))
        return refuse(tr("%1 is open in another program (%2); close it there before restoring")
                          .arg(shown(m_databasePath), holder->describe()));
    const auto before = make(QStringLiteral("before-restore"), &error);
    if (!before)
        return Outcome::failure(Outcome::Kind::Storage, error);
    if (safetyCopy)
        *safetyCopy = *before;
    QSqlDatabase db = m_db;
    if (!sqlite::restoreFromFile(db, backupPath, &error))
        return Outcome::failure(Outcome::Kind::Storage,
                                tr("Cannot restore %1: %2").arg(shown(backupPath), error));
    if (details->dataVersion < schema::latestVersion() &&
        !schema::migrate(db, details->dataVersion, &error))
        return Outcome::failure(Outcome::Kind::Storage,
                                tr("Restored %1, but cannot upgrade it: %2 (the previous content "
                                   "is in %3)")
                                    .arg(shown(backupPath), error, shown(*before)));
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral("DELETE FROM settings WHERE key LIKE ?"),
                  {QString(QLatin1String(kStampPrefix) + QLatin1Char('%'))}))
        return sql::storageFailure(query);
    if (!transaction->commit())
        return Outcome::failure(Outcome::Kind::Storage, transaction->error());
    return Outcome::success();
}

} // namespace dd
