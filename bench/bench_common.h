#pragma once

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <cstdio>

// Timing and memory for the benchmark programs: one printed line per operation.
namespace bench {

// Peak resident memory in MB (Linux: VmHWM); 0 where unknown.
inline double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// Resident memory now in MB (Linux: VmRSS); 0 where unknown.
inline double currentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

template <typename Work> double measure(const QString& name, const QString& target, Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("  %-44s %10.1f ms   target %-8s peak %6.1f MB\n", qPrintable(name), ms,
                qPrintable(target), peakMemoryMb());
    std::fflush(stdout);
    return ms;
}

// The benchmark database, opened; null (said on stderr) when it cannot be.
inline std::unique_ptr<dd::storage::Database>
openBenchDatabase(const QString& path,
                  dd::storage::Database::Mode mode = dd::storage::Database::Mode::OpenExisting)
{
    dd::storage::OpenResult opened = dd::storage::Database::open(path, mode);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(*opened);
}

} // namespace bench

int runImportBench();
int runScoringBench(const QString& path);
int runSheetsBench(const QString& path, bool everyone);
