#pragma once

#include "TestSupport.h"

#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"

namespace dd::test {

// A county database with two deputies, two agencies and "today" fixed at 2026-11-20, for the
// loop's tests.
struct LoopFixture {
    TempDatabase db;
    qint64 zhang = 0;
    qint64 li = 0;
    qint64 water = 0;   // 县水务局
    qint64 traffic = 0; // 县交通运输局
    LoopFixture();
    ~LoopFixture();
    loop::LoopStore store() const { return loop::LoopStore(db.connection()); }
    // A concern pointed on `date` and received by 张三.
    qint64 concern(const QDate& date, const QString& category = QStringLiteral("城建环资"));
    qint64 suggestion(const QDate& date, const QString& title = QStringLiteral("加快村道硬化"));
    // A whole table of the database's loop rows, to prove a refused step changed nothing.
    QString snapshot() const;
};

loop::StepRequest step(loop::StepKind kind, const QDate& date);

} // namespace dd::test
