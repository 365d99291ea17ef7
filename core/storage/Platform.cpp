#include "storage/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <cerrno>
#include <csignal>
#include <sys/vfs.h>
#endif

namespace dd::storage::platform {

bool isNetworkPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.startsWith(QLatin1String("//")) || absolute.startsWith(QLatin1String("\\\\")))
        return true;
#if defined(Q_OS_WIN)
    const QString root = QDir::toNativeSeparators(absolute.left(3));
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
#elif defined(Q_OS_LINUX)
    struct statfs info {};
    const QByteArray folder = QFile::encodeName(QFileInfo(absolute).absolutePath());
    if (statfs(folder.constData(), &info) != 0)
        return false;
    constexpr long nfs = 0x6969, smb = 0x517B, cifs = static_cast<long>(0xFF534D42),
                   smb2 = static_cast<long>(0xFE534D42), fuse = 0x65735546;
    const long type = static_cast<long>(info.f_type);
    return type == nfs || type == smb || type == cifs || type == smb2 || type == fuse;
#else
    return false;
#endif
}

std::optional<QString> decodeGb18030(const QByteArray& bytes)
{
#if defined(Q_OS_WIN)
    // Code page 54936 is GB18030; Qt on Windows is built without ICU. Where the system lacks it
    // (Wine) GBK (936), GB18030's two-byte part, still reads what Excel and WPS save; a four-byte
    // sequence then fails as invalid rather than decoding wrongly.
    if (bytes.isEmpty())
        return QString();
    const UINT codePage = IsValidCodePage(54936) ? 54936 : 936;
    const int length = MultiByteToWideChar(codePage, MB_ERR_INVALID_CHARS, bytes.constData(),
                                           int(bytes.size()), nullptr, 0);
    if (length <= 0)
        return std::nullopt;
    QString text(length, Qt::Uninitialized);
    MultiByteToWideChar(codePage, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()),
                        reinterpret_cast<wchar_t*>(text.data()), length);
    return text;
#else
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
#endif
}

void chooseGuiPlatform(bool showsWindows)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
#if defined(Q_OS_WIN)
    Q_UNUSED(showsWindows);
    qputenv("QT_QPA_PLATFORM", "windows:fontengine=freetype");
#else
    if (!showsWindows)
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

bool writeConsole(StandardStream stream, const QByteArray& utf8)
{
#if defined(Q_OS_WIN)
    const bool error = stream == StandardStream::Error;
    const HANDLE handle = GetStdHandle(error ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (handle == INVALID_HANDLE_VALUE || handle == nullptr || !GetConsoleMode(handle, &mode))
        return false;
    std::fflush(error ? stderr : stdout); // keep the order of anything the C library buffered
    const QString text = QString::fromUtf8(utf8);
    constexpr qsizetype chunk = 8192; // older consoles refuse very long writes
    for (qsizetype at = 0; at < text.size(); at += chunk) {
        const qsizetype length = std::min(chunk, text.size() - at);
        DWORD written = 0;
        if (!WriteConsoleW(handle, reinterpret_cast<const wchar_t*>(text.utf16()) + at,
                           DWORD(length), &written, nullptr))
            return false;
    }
    return true;
#else
    Q_UNUSED(stream);
    Q_UNUSED(utf8);
    return false;
#endif
}

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#elif defined(Q_OS_LINUX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

QString processStartToken(qint64 pid)
{
    if (pid <= 0)
        return {};
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return {};
    FILETIME created{}, exited{}, kernel{}, user{};
    const bool known = GetProcessTimes(process, &created, &exited, &kernel, &user);
    CloseHandle(process);
    if (!known)
        return {};
    return QString::number((quint64(created.dwHighDateTime) << 32) | created.dwLowDateTime);
#elif defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!stat.open(QIODevice::ReadOnly) || !boot.open(QIODevice::ReadOnly))
        return {};
    // The program name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTime = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= kStartTime)
        return {};
    return QString::fromLatin1(boot.readAll().trimmed() + '/' + fields.at(kStartTime));
#else
    return {};
#endif
}

QString userName()
{
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("?") : home;
}

bool isRemovablePath(const QString& path)
{
#if defined(Q_OS_WIN)
    const QString root = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath().left(3));
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOVABLE;
#else
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return absolute.startsWith(QLatin1String("/media/")) ||
           absolute.startsWith(QLatin1String("/run/media/"));
#endif
}

} // namespace dd::storage::platform
