#pragma once

#include <QString>

// The one place for operating-system specific calls, so the rest of core stays portable.
namespace dd::platform {

// True when the file lives on a network share (SMB/NFS, UNC path, mapped network drive).
// SQLite's WAL needs shared memory that network file systems do not provide reliably.
bool isNetworkPath(const QString& path);

} // namespace dd::platform
