#pragma once

#include "common/Result.h"
#include "storage/OperatorLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dd::storage {

// The office file's backups: whole copies made with SQLite's backup API into a folder (beside
// the office file by default; the settings backup.folder and backup.keep_* change it), each
// checked with integrity_check, named by date, time and reason, and thinned by rotation.
class Backups {
    Q_DECLARE_TR_FUNCTIONS(dd::storage::Backups)
public:
    struct Policy {
        int keepLast = 10;    // the newest N, whatever their age
        int keepDaily = 30;   // the newest of each of the last N days
        int keepMonthly = 12; // the newest of each of the last N months
    };
    struct Entry {
        QString path;
        QDateTime madeAt;
        QString reason; // daily, on-close, manual, before-v3, before-restore, before-import
        qint64 size = 0;
        // Thinned by this office's policy: named with its office id, or (written before data
        // version 6, without one) in its default folder, which no other office uses.
        bool rotated = true;
    };
    // What a backup holds, read from the file itself.
    struct Details {
        int dataVersion = 0;
        QString programVersion;
        QString officeId;   // empty before data version 6
        QString officeName; // the congress it belongs to
        int deputies = 0;
        int items = 0;
        std::optional<LogHead> logHead; // the operator log's when the backup was made
        QString sourcePath;             // the office file it was made of, canonical
    };

    // `db` is the open office file at `databasePath`.
    Backups(QString databasePath, QSqlDatabase db);

    // A backup of the file behind `db` before a change that replaces much of it (an import):
    // success, or why the change must not go on. Nothing for a database held in memory.
    static Outcome before(QSqlDatabase db, const QString& reason);

    static QString defaultFolder(const QString& databasePath);
    QString folder() const;
    Policy policy() const;

    // Writes a backup now into `folder` (the configured one when empty) and thins the folder
    // by the policy, never removing `keep`; returns the file written.
    Result<QString> make(const QString& reason, const QString& folder = {},
                         const QString& keep = {}) const;
    QList<Entry> list() const; // newest first
    std::optional<QDateTime> lastMade() const;
    static Result<Details> inspect(const QString& path);

    // The backups the policy no longer keeps, as of `now` (pure, for tests).
    static QStringList outsidePolicy(QList<Entry> entries, const QDateTime& now,
                                     const Policy& policy);

    // Replaces the office file's content with a backup: refused when another program holds
    // the file or the backup is not ours or is newer; the current content is backed up first,
    // and that safety copy is what a restore gives back.
    Result<QString> restore(const QString& backupPath) const;

private:
    QString setting(const QString& key) const;
    QString officeId() const;
    // A checked copy of a backup at the current data version beside the office file, or why
    // there is none (the backup cannot be read, is damaged or cannot be upgraded).
    Result<QString> stage(const QString& backupPath, int dataVersion,
                          const QString& officeId) const;
    QList<Entry> listIn(const QString& folder) const;
    QString m_databasePath;
    QSqlDatabase m_db;
};

} // namespace dd::storage
