#include "storage/Backups.h"

#include "storage/DatabaseLock.h"
#include "storage/Schema.h"
#include "storage/SqliteBackup.h"
#include "storage/SqliteDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>

namespace dd::storage {

namespace {
constexpr const char* kStampPrefix = "backup_copy.";
constexpr qint64 kSpareBytes = 16 * 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

constexpr const char* kOfficeIdKey = "office.id";

// office-3fa2c1d0-20261201-083000-daily.ddb; without an office id (files written before data
// version 6): office-20261201-083000-daily.ddb.
QRegularExpression fileNamePattern(const QString& baseName, const QString& officeId)
{
    const QString id = officeId.isEmpty() ? QString() : officeId + QLatin1Char('-');
    return QRegularExpression(QStringLiteral("^%1-%2(\\d{8}-\\d{6})-([a-z0-9-]+)\\.ddb$")
                                  .arg(QRegularExpression::escape(baseName), id));
}

QString settingIn(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    return sql::run(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) &&
                   query.next()
               ? query.value(0).toString()
               : QString();
}

// Only what the migration writes is trusted into a file name.
QString validOfficeId(const QString& value)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{8,16}$"));
    return valid.match(value).hasMatch() ? value : QString();
}

qint64 databaseBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Removes what backups killed mid-write left behind (older than an hour, so never a backup
// another program is writing now).
void sweepUnfinished(const QString& folder, const QString& pattern = QStringLiteral("*.part-*"))
{
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList files = QDir(folder).entryInfoList({pattern}, QDir::Files);
    for (const QFileInfo& file : files)
        if (file.lastModified() < hourAgo)
            QFile::remove(file.absoluteFilePath());
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
    if (const auto made = Backups(path, db).make(reason); !made)
        return Outcome::storage(
            tr("Nothing was changed, because no backup could be made first: %1").arg(made.error()));
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
    return settingIn(m_db, key);
}

QString Backups::officeId() const
{
    return validOfficeId(setting(QLatin1String(kOfficeIdKey)));
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

Result<QString> Backups::make(const QString& reason, const QString& chosenFolder,
                              const QString& keep) const
{
    const QString into = chosenFolder.isEmpty() ? folder() : chosenFolder;
    if (!QDir().mkpath(into))
        return Outcome::storage(tr("Cannot create the backup folder %1").arg(shown(into)));
    const qint64 needed = databaseBytes(m_databasePath) + kSpareBytes;
    const QStorageInfo storage(into);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return Outcome::storage(
            tr("Not enough free space for a backup in %1: %2 MB needed, %3 MB free")
                .arg(shown(into))
                .arg(needed / (1024 * 1024))
                .arg(storage.bytesAvailable() / (1024 * 1024)));
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = officeId();
    const QString stem = QStringLiteral("%1/%2-%3%4-%5")
                             .arg(into, QFileInfo(m_databasePath).completeBaseName(),
                                  id.isEmpty() ? QString() : id + QLatin1Char('-'),
                                  now.toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
    QString target = stem + QStringLiteral(".ddb");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1.ddb").arg(n);
    // The operator log's head goes with the copy: `check` compares the file against it later.
    const auto logHead = OperatorLog(m_db).head(); // none before data version 8
    const QString stamp =
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                       "('%1program_version', '%2'), ('%1made_at', '%3'), ('%1reason', '%4'), "
                       "('%1log_head', '%5'), ('%1source', '%6')")
            .arg(QLatin1String(kStampPrefix), QStringLiteral(DEPUTYDESK_VERSION),
                 now.toString(Qt::ISODate), reason, logHead ? logHead->text() : QString(),
                 QFileInfo(m_databasePath)
                     .canonicalFilePath()
                     .replace(QLatin1Char('\''), QStringLiteral("''")));
    // Written under a name of its own, so a backup cut short is never listed as one and two
    // programs backing up in the same second never meet; what a killed backup left is swept.
    sweepUnfinished(into);
    const QString partial =
        target + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlDatabase db = m_db;
    Outcome copied = sqlite::backupToNewFile(db, partial, stamp);
    if (QFile staged(partial); copied.ok() && !staged.rename(target))
        copied = Outcome::storage(staged.errorString());
    if (!copied.ok()) {
        QFile::remove(partial);
        return Outcome::storage(
            tr("Cannot write the backup %1: %2").arg(shown(target), copied.text()));
    }
    QList<Entry> ours = listIn(into);
    ours.removeIf([](const Entry& entry) { return !entry.rotated; });
    for (const QString& old : outsidePolicy(ours, now, policy()))
        if (QFileInfo(old) != QFileInfo(keep))
            QFile::remove(old);
    return target;
}

QList<Backups::Entry> Backups::listIn(const QString& folder) const
{
    const QString baseName = QFileInfo(m_databasePath).completeBaseName();
    const QString id = officeId();
    const QRegularExpression ours = fileNamePattern(baseName, id);
    const QRegularExpression unnamed = fileNamePattern(baseName, {});
    const bool inDefaultFolder = QFileInfo(folder) == QFileInfo(defaultFolder(m_databasePath));
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.ddb")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        QRegularExpressionMatch match = ours.match(file.fileName());
        const bool named = !id.isEmpty() && match.hasMatch();
        if (!named)
            match = unnamed.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.rotated = named || inDefaultFolder;
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

Result<Backups::Details> Backups::inspect(const QString& path)
{
    const auto header = sqlite::readHeader(path);
    if (!header)
        return header.failure();
    if (!header->isSqlite || header->applicationId != sqlite::kApplicationId)
        return Outcome::badInput(tr("%1 is not a DeputyDesk database or backup").arg(shown(path)));
    Details details;
    details.dataVersion = header->userVersion;
    const QString name = QStringLiteral("dd-backup-inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Backups are never written again: read as they stand, without SQLite's side files.
        db.setDatabaseName(sqlite::immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            QSqlQuery query(db);
            if (sql::run(
                    query, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {QString(QLatin1String(kStampPrefix) + QStringLiteral("program_version"))}) &&
                query.next())
                details.programVersion = query.value(0).toString();
            details.officeId = validOfficeId(settingIn(db, QLatin1String(kOfficeIdKey)));
            details.officeName = settingIn(db, QStringLiteral("congress_name"));
            details.logHead = LogHead::parse(
                settingIn(db, QLatin1String(kStampPrefix) + QStringLiteral("log_head")));
            details.sourcePath =
                settingIn(db, QLatin1String(kStampPrefix) + QStringLiteral("source"));
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

namespace {
// A backup from before data version 6 got a new id from its migration: the restored file keeps
// the office's own, so its backups stay one series.
bool keepOfficeId(QSqlDatabase db, const QString& officeId)
{
    if (officeId.isEmpty())
        return true;
    QSqlQuery query(db);
    return sql::run(query,
                    QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                    {QString::fromLatin1(kOfficeIdKey), officeId});
}

// The staged copy at the current data version, without the backup's stamp, with this
// office's id.
Outcome bringUpToDate(QSqlDatabase copy, int dataVersion, const QString& officeId)
{
    if (dataVersion < schema::latestVersion())
        if (Outcome migrated = schema::migrate(copy, dataVersion); !migrated.ok())
            return migrated;
    if (!QSqlQuery(copy).exec(QStringLiteral("DELETE FROM settings WHERE key LIKE '") +
                              QLatin1String(kStampPrefix) + QStringLiteral("%'")) ||
        !keepOfficeId(copy, officeId))
        return Outcome::storage(copy.lastError().text());
    return Outcome::success();
}
} // namespace

Result<QString> Backups::stage(const QString& backupPath, int dataVersion,
                               const QString& officeId) const
{
    const QFileInfo office(m_databasePath);
    sweepUnfinished(office.absolutePath(), office.fileName() + QStringLiteral(".restore-*"));
    const QString staged = m_databasePath + QStringLiteral(".restore-") +
                           QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString name = QStringLiteral("dd-restore-stage");
    Outcome copied = Outcome::success();
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(backupPath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        copied = source.open() ? sqlite::backupToNewFile(source, staged, {})
                               : Outcome::storage(source.lastError().text());
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (copied.ok()) {
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(staged);
            copied = copy.open() ? bringUpToDate(copy, dataVersion, officeId)
                                 : Outcome::storage(copy.lastError().text());
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!copied.ok()) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(staged + QLatin1String(suffix));
        return copied;
    }
    return staged;
}

Result<QString> Backups::restore(const QString& backupPath) const
{
    const auto refuse = [](const QString& message) {
        return Outcome::failure(Outcome::Kind::NotAllowed, message);
    };
    if (QFileInfo(backupPath).absoluteFilePath() == m_databasePath)
        return refuse(tr("%1 is the office file itself, not a backup").arg(shown(backupPath)));
    const auto details = inspect(backupPath);
    if (!details)
        return Outcome::badInput(details.error());
    if (details->dataVersion > schema::latestVersion())
        return refuse(tr("%1 was written by a newer DeputyDesk (%2, data version %3; this program "
                         "reads up to %4). Please update DeputyDesk before restoring it.")
                          .arg(shown(backupPath), details->programVersion.isEmpty()
                                                      ? QStringLiteral("?")
                                                      : details->programVersion)
                          .arg(details->dataVersion)
                          .arg(schema::latestVersion()));
    if (const QString ours = officeId();
        !details->officeId.isEmpty() && !ours.isEmpty() && details->officeId != ours)
        return refuse(tr("%1 is a backup of another office file (%2), not of this one. To look "
                         "at it, open it with File ▸ Open; restoring it here would replace this "
                         "office's records.")
                          .arg(shown(backupPath), details->officeName));
    if (const auto holder = DatabaseLock::otherLiveHolder(m_databasePath))
        return refuse(tr("%1 is open in another program (%2); close it there before restoring")
                          .arg(shown(m_databasePath), holder->describe()));
    // The backup is copied, checked and brought to the current data version on the side; the
    // office file is touched only by the final page copy, which is all or nothing.
    const auto staged = stage(backupPath, details->dataVersion, officeId());
    if (!staged)
        return Outcome::badInput(
            tr("Cannot restore %1: %2").arg(shown(backupPath), staged.error()));
    const auto before = make(QStringLiteral("before-restore"), {}, backupPath);
    if (!before) {
        QFile::remove(*staged);
        return before.failure();
    }
    // The keeper learns the backup's head first: cut short before the copy, the file's longer log
    // still reaches it; after, the file is the backup.
    rememberLogHead(m_databasePath, officeId(), details->logHead.value_or(LogHead{}));
    QSqlDatabase db = m_db;
    const Outcome restored = sqlite::restoreFromFile(db, *staged);
    QFile::remove(*staged);
    if (!restored.ok())
        return Outcome::storage(
            tr("Cannot restore %1: %2").arg(shown(backupPath), restored.text()));
    rememberLogHead(db); // the restored log is the one `check` compares with from now on
    return *before;
}

} // namespace dd::storage
