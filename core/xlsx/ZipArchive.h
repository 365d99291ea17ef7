#pragma once

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

    explicit ZipArchive(QByteArray bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False (with error()) when the archive is unreadable or breaks a limit.
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    bool contains(const QString& name) const;
    // The entry's bytes; nullopt (with error()) when missing or damaged.
    std::optional<QByteArray> read(const QString& name);

private:
    bool inspect();
    QByteArray m_bytes;
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    void* m_handle = nullptr;
    bool m_valid = false;
    QString m_error;
    QStringList m_names;
};

} // namespace dd::xlsx
