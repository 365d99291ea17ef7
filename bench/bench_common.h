#pragma once

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

} // namespace bench

int runImportBench();
int runScoringBench(const QString& path);
int runSheetsBench(const QString& path, bool everyone);
