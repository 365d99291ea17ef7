#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace dd::xlsx {

// A read-only view of a zip archive held in memory (minizip underneath), with the limits that
// keep hostile files harmless: total and per-entry size, compression ratio, and entry names.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(dd::xlsx::ZipArchive)

public:
    static constexpr qint64 kMaxTotalBytes = 100 * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 100;

    // The archive, or why it cannot be read or breaks a limit.
    static Result<std::unique_ptr<ZipArchive>> open(QByteArray bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool contains(const QString& name) const;
    // The entry's bytes, or why not (missing, damaged, too large).
    Result<QByteArray> read(const QString& name);

private:
    explicit ZipArchive(QByteArray bytes);
    Outcome inspect();
    QByteArray m_bytes;
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    void* m_handle = nullptr;
    QStringList m_names;
};

} // namespace dd::xlsx
