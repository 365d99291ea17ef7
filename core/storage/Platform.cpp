#include "storage/Platform.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace dd::platform {

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
    // Code page 54936 is GB18030; Qt on Windows may be built without ICU.
    if (bytes.isEmpty())
        return QString();
    const int length = MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(),
                                           int(bytes.size()), nullptr, 0);
    if (length <= 0)
        return std::nullopt;
    QString text(length, Qt::Uninitialized);
    MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()),
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

} // namespace dd::platform
