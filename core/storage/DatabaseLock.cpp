#include "storage/DatabaseLock.h"

#include "storage/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>
#include <QUuid>

namespace dd::storage {

namespace {
// A lock file still empty after this long was left by a process that died while writing it.
constexpr int kEmptyLockGraceSeconds = 30;

QString thisMachine()
{
    return QSysInfo::machineHostName();
}
} // namespace

bool LockHolder::stale() const
{
    if (!onThisMachine || isUs)
        return false;
    if (!platform::processExists(pid))
        return true;
    // Unknown on either side (an older lock, a process we may not inspect) counts as alive.
    const QString now = platform::processStartToken(pid);
    return !started.isEmpty() && !now.isEmpty() && now != started;
}

QString LockHolder::describe() const
{
    return DatabaseLock::tr("%1 on %2 (%3, process %4) since %5")
        .arg(user, machine, program)
        .arg(pid)
        .arg(QLocale().toString(since, QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<LockHolder> DatabaseLock::holder(const QString& databasePath)
{
    QFile file(lockPathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll(), QFileInfo(file).lastModified());
}

LockHolder DatabaseLock::parse(const QByteArray& content, const QDateTime& written)
{
    LockHolder holder;
    for (const QByteArray& line : content.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1)).trimmed();
        if (key == "user")
            holder.user = value;
        else if (key == "machine")
            holder.machine = value;
        else if (key == "program")
            holder.program = value;
        else if (key == "pid")
            holder.pid = value.toLongLong();
        else if (key == "started")
            holder.started = value;
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    if (holder.pid == 0) {
        // Being written this instant, or left empty by a crash: only the latter is stale.
        const bool abandoned =
            written.secsTo(QDateTime::currentDateTime()) > kEmptyLockGraceSeconds;
        holder.machine = thisMachine();
        holder.onThisMachine = abandoned;
        holder.since = written;
        return holder;
    }
    holder.onThisMachine = holder.machine == thisMachine();
    const qint64 ourPid = QCoreApplication::applicationPid();
    holder.isUs =
        holder.onThisMachine && holder.pid == ourPid &&
        (holder.started.isEmpty() || holder.started == platform::processStartToken(ourPid));
    return holder;
}

std::optional<LockHolder> DatabaseLock::otherLiveHolder(const QString& databasePath)
{
    const auto current = holder(databasePath);
    if (!current || current->isUs || current->stale())
        return std::nullopt;
    return current;
}

DatabaseLock::DatabaseLock(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

DatabaseLock::~DatabaseLock()
{
    release();
}

bool DatabaseLock::writeNew(const QString& program)
{
    QFile file(lockPathFor(m_databasePath));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const qint64 pid = QCoreApplication::applicationPid();
    const QString text =
        QStringLiteral("user=%1\nmachine=%2\nprogram=%3\npid=%4\nstarted=%5\nsince=%6\n")
            .arg(platform::userName(), thisMachine(), program)
            .arg(pid)
            .arg(platform::processStartToken(pid),
                 QDateTime::currentDateTime().toString(Qt::ISODate));
    const bool written = file.write(text.toUtf8()) >= 0 && file.flush();
    file.close();
    if (!written)
        file.remove();
    return written;
}

DatabaseLock::Result DatabaseLock::acquire(const QString& program, bool force)
{
    if (m_held)
        return Result::Acquired;
    if (writeNew(program)) {
        m_held = true;
        return Result::Acquired;
    }
    const QString lockPath = lockPathFor(m_databasePath);
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly)) { // released in the meantime
        if (!writeNew(program))
            return Result::Failed;
        m_held = true;
        return Result::Acquired;
    }
    const QByteArray seen = file.readAll();
    const LockHolder current = parse(seen, QFileInfo(file).lastModified());
    file.close();
    // Another window of this very process counts as a holder too.
    if (!current.stale() && !force)
        return Result::HeldByOther;
    if (!removeIfUnchanged(lockPath, seen)) { // another process took it over meanwhile
        if (QFileInfo::exists(lockPath) || !writeNew(program))
            return Result::HeldByOther;
        m_held = true;
        return Result::TookOverStale;
    }
    if (!writeNew(program))
        return QFileInfo::exists(lockPath) ? Result::HeldByOther : Result::Failed;
    m_held = true;
    return Result::TookOverStale;
}

bool DatabaseLock::removeIfUnchanged(const QString& lockPath, const QByteArray& seen)
{
    // Moved aside under a name of our own first, then looked at: if another process replaced
    // the stale lock with its own in the meantime, that lock goes back untouched.
    const QString aside =
        lockPath + QStringLiteral(".old-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QFile::rename(lockPath, aside))
        return false;
    QFile moved(aside);
    const QByteArray movedContent =
        moved.open(QIODevice::ReadOnly) ? moved.readAll() : QByteArray();
    moved.close();
    if (movedContent != seen) {
        QFile::rename(aside, lockPath);
        return false;
    }
    QFile::remove(aside);
    return true;
}

void DatabaseLock::removeStale(const QString& databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray seen = file.readAll();
    const LockHolder current = parse(seen, QFileInfo(file).lastModified());
    file.close();
    if (current.stale())
        removeIfUnchanged(lockPath, seen);
}

void DatabaseLock::release()
{
    if (!m_held)
        return;
    const auto current = holder(m_databasePath);
    if (current && current->isUs)
        QFile::remove(lockPathFor(m_databasePath));
    m_held = false;
}

} // namespace dd::storage
