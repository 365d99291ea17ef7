#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::storage {

// Who holds a database for writing, as written in its lock file.
struct LockHolder {
    QString user;
    QString machine;
    QString program;
    qint64 pid = 0;
    QString started; // the holder's processStartToken, empty in locks of older versions
    QDateTime since;
    bool onThisMachine = false;
    bool isUs = false; // this very process
    // A lock left on this machine by a process that no longer exists, or whose id now belongs
    // to a process that started at another time.
    bool stale() const;
    // "张三 on PC-01 (DeputyDesk, process 1234) since 2026-12-01 08:30", in the user's language.
    QString describe() const;
};

// The lock file beside a database (office.ddb.lock) that makes one window its writer: the
// window takes it on opening; a second window finding a live holder opens the file read-only
// and names the holder. SQLite itself serialises the writes of the CLI alongside a window.
class DatabaseLock {
    Q_DECLARE_TR_FUNCTIONS(dd::storage::DatabaseLock)
public:
    enum class Result { Acquired, TookOverStale, HeldByOther, Failed };

    static QString lockPathFor(const QString& databasePath);
    // The current holder, live or stale; nullopt when there is no (readable) lock.
    static std::optional<LockHolder> holder(const QString& databasePath);
    // A live holder other than this process, which copy, restore and replace must respect.
    static std::optional<LockHolder> otherLiveHolder(const QString& databasePath);

    // Removes a stale lock (after the file it guarded was checked whole).
    static void removeStale(const QString& databasePath);

    explicit DatabaseLock(QString databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // Takes the lock; a stale lock on this machine is taken over. `force` also takes a lock
    // held elsewhere (the clerk decided the other machine's holder is gone).
    Result acquire(const QString& program, bool force = false);
    bool isHeld() const { return m_held; }
    void release();

private:
    static LockHolder parse(const QByteArray& content, const QDateTime& written);
    static bool removeIfUnchanged(const QString& lockPath, const QByteArray& seen);
    bool writeNew(const QString& program);
    QString m_databasePath;
    bool m_held = false;
};

} // namespace dd::storage
