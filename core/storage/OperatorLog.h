#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace dd::storage {

// One field a write changed, by its field code (as in FieldError), with the text before and after.
struct FieldChange {
    QString field;
    QString before;
    QString after;
};

// One entry of the operator log (操作日志): who did what to which record, when and why.
struct LogEntry {
    qint64 id = 0;
    QString at; // ISO date and time, local, to the second
    QString operatorName;
    QString action;  // what kind of write, a code: "deputy.edit", "loop.step" …
    QString summary; // what was done, in the clerk's words and the office's document language
    QString recordKind;
    qint64 recordId = 0;
    QList<FieldChange> changes;
    QString reason;
    QString hash; // of this entry and the hash before it
};

// Where the chain ends: how many entries and the last one's hash. Kept outside the file too (the
// user's settings, every backup), so that removing the last entries, or changing one and
// recomputing the chain after it, shows.
struct LogHead {
    qint64 count = 0;
    QString hash;
    QString text() const; // "count:hash"
    static std::optional<LogHead> parse(const QString& text);
    bool operator==(const LogHead&) const = default;
};

struct LogFilter {
    QDate since;
    QDate until;
    QString operatorName;
    QString action; // a code, or its first part ("loop" takes every loop.* entry)
    QString recordKind;
    qint64 recordId = 0;
};

// The operator log of an office file. Entries are only appended, inside the write transaction of
// the use case they record; the file's triggers refuse an UPDATE or DELETE of the table.
class OperatorLog {
    Q_DECLARE_TR_FUNCTIONS(dd::storage::OperatorLog)

public:
    explicit OperatorLog(QSqlDatabase db);

    // Appends `entry` (its id, time and hash are set here) to the transaction open on the
    // connection.
    Outcome append(LogEntry& entry);
    // Oldest first.
    Result<QList<LogEntry>> list(const LogFilter& filter = {}) const;
    Result<LogHead> head() const;
    // What is wrong with the log, in the user's language: an entry whose hash does not follow
    // from the one before it, or a head kept elsewhere (`kept`: where it was kept, and the head)
    // that the log no longer reaches. Empty when the log is whole.
    Result<QStringList> verify(const QList<std::pair<QString, LogHead>>& kept = {}) const;

    static QString hashOf(const LogEntry& entry, const QString& previousHash);

private:
    QSqlDatabase m_db;
};

// Where the log's head is kept on this PC, outside the office file: the programs install one
// (the user's settings); without one, nothing is kept. Heads are kept per file (see logFileKey):
// a copy of the office file elsewhere, an older one perhaps, is not held to the original's head.
class LogHeadKeeper {
public:
    virtual ~LogHeadKeeper() = default;
    virtual void remember(const QString& fileKey, const LogHead& head) = 0;
    virtual std::optional<LogHead> recalled(const QString& fileKey) const = 0;
};
void setLogHeadKeeper(std::unique_ptr<LogHeadKeeper> keeper);
LogHeadKeeper* logHeadKeeper();

// The keeper in the user's settings (QSettings of the running program), one key per office file.
class SettingsLogHeads : public LogHeadKeeper {
public:
    void remember(const QString& fileKey, const LogHead& head) override;
    std::optional<LogHead> recalled(const QString& fileKey) const override;
};

// The office file's id (settings key office.id).
QString officeId(QSqlDatabase db);
// What names one office file's head in the keeper: its office id and where the file is.
QString logFileKey(const QString& officeId, const QString& databasePath);
// The path a file was opened at (its name, or an immutable URI's file), made canonical.
QString canonicalDatabasePath(QSqlDatabase db);
// After a write was committed: the keeper learns the file's head.
void rememberLogHead(QSqlDatabase db);
// Before a restore copies a backup over the file: the keeper learns the backup's head, so a
// restore cut short either way leaves a head the file reaches.
void rememberLogHead(const QString& databasePath, const QString& officeId, const LogHead& head);
// The log of the office file at `databasePath` verified against the heads kept outside it: the
// keeper's on this PC and the newest backup's.
Result<QStringList> checkOperatorLog(const QString& databasePath, QSqlDatabase db);

} // namespace dd::storage
