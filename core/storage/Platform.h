#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The one place for operating-system specific calls, so the rest of core stays portable.
namespace dd::platform {

// True when the file lives on a network share (SMB/NFS, UNC path, mapped network drive).
// SQLite's WAL needs shared memory that network file systems do not provide reliably.
bool isNetworkPath(const QString& path);

// Text in GB18030 (and so GBK and GB2312), as Excel and WPS on a Chinese PC save CSV files;
// nullopt when the bytes are not valid GB18030 or the system cannot decode it.
std::optional<QString> decodeGb18030(const QByteArray& bytes);

} // namespace dd::platform
