#include "storage/DatabaseLock.h"

#include "storage/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace dd {

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
    return onThisMachine && !isUs && !platform::processExists(pid);
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
    LockHolder holder;
    for (const QByteArray& line : file.readAll().split('\n')) {
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
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    const QFileInfo info(file);
    if (holder.pid == 0) {
        // Being written this instant, or left empty by a crash: only the latter is stale.
        const bool abandoned =
            info.lastModified().secsTo(QDateTime::currentDateTime()) > kEmptyLockGraceSeconds;
        holder.machine = thisMachine();
        holder.onThisMachine = abandoned;
        holder.since = info.lastModified();
        return holder;
    }
    holder.onThisMachine = holder.machine == thisMachine();
    holder.isUs = holder.onThisMachine && holder.pid == QCoreApplication::applicationPid();
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
    const QString text = QStringLiteral("user=%1\nmachine=%2\nprogram=%3\npid=%4\nsince=%5\n")
                             .arg(platform::userName(), thisMachine(), program)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
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
    const auto current = holder(m_databasePath);
    // Another window of this very process counts as a holder too.
    if (current && !current->stale() && !force)
        return Result::HeldByOther;
    // Stale (or overruled): remove and create anew; if another process wins the race to
    // create it, that process is the holder.
    QFile::remove(lockPathFor(m_databasePath));
    if (!writeNew(program))
        return QFileInfo::exists(lockPathFor(m_databasePath)) ? Result::HeldByOther
                                                              : Result::Failed;
    m_held = true;
    return Result::TookOverStale;
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

} // namespace dd
