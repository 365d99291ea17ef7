#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The one place for operating-system specific calls, so the rest of core stays portable.
namespace dd::storage::platform {

// True when the file lives on a network share (SMB/NFS, UNC path, mapped network drive).
// SQLite's WAL needs shared memory that network file systems do not provide reliably.
bool isNetworkPath(const QString& path);

// Text in GB18030 (and so GBK and GB2312), as Excel and WPS on a Chinese PC save CSV files;
// nullopt when the bytes are not valid GB18030 or the system cannot decode it.
std::optional<QString> decodeGb18030(const QByteArray& bytes);

// Chooses Qt's platform plugin before the application object exists, unless QT_QPA_PLATFORM
// says otherwise. Windows: the FreeType font engine, so documents are drawn, named and embedded
// exactly as on Linux (GDI names the shipped font by its localised family, 文泉驿微米黑, which
// Qt writes into PDFs as "??????Regular"). Elsewhere a program without windows (the CLI) uses
// the offscreen platform, so it runs with or without a display.
void chooseGuiPlatform(bool showsWindows);

enum class StandardStream { Output, Error };

// Writes UTF-8 text to standard output or error when that is a Windows console, as UTF-16: a
// Chinese console (code page 936) would show UTF-8 bytes as mojibake. False when the stream is a
// file, a pipe or not on Windows; the caller then writes the UTF-8 bytes itself.
bool writeConsole(StandardStream stream, const QByteArray& utf8);

// Whether a process with this id runs on this machine (a lock's holder that died leaves a stale
// lock). A process we may not inspect counts as running.
bool processExists(qint64 pid);

// When the process with this id started, as an opaque token (Linux: the boot and the start tick;
// Windows: the creation time); empty when unknown. A lock names its holder by id and token, so
// an id given to another program after a reboot or a crash is not taken for the holder.
QString processStartToken(qint64 pid);

// The operating-system account of this process, for a lock's holder.
QString userName();

// True for a USB stick or another removable drive (Windows drive type; /media on Linux).
bool isRemovablePath(const QString& path);

} // namespace dd::storage::platform
