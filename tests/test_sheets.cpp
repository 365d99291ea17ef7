// The quarterly sheets and the deputy archive as PDF, through the real CLI: a page per deputy
// (more, marked 续, for a long record), the names, the quarter and the totals in the extracted
// text, the surnames Qt 6.4 + Noto would garble extracting right, fonts embedded; a cancelled
// batch leaves no file.
#include "TestSupport.h"

#include "activities/ActivityStore.h"
#include "common/Clock.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "report/DeputySheets.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace dd;

namespace {

// Ten deputies at one station whose surnames are the ones that extract wrongly with Noto Sans
// CJK under Qt 6.4; 黄海 received forty concerns in the quarter, a record longer than a page.
struct SheetFixture {
    test::TempDatabase db;
    qint64 station = 0;
    QList<qint64> deputies;
    SheetFixture()
    {
        Clock::setToday({2026, 11, 20});
        const QSqlDatabase c = db.connection();
        registry::Station s;
        s.name = QStringLiteral("城关镇人大代表联络站");
        REQUIRE(registry::StationStore(c).add(s).ok());
        station = s.id;
        int i = 0;
        for (const char* name :
             {"黄海", "高山", "马兰", "石磊", "金花", "方圆", "白云", "田野", "毛毅", "龙飞"}) {
            registry::Deputy deputy;
            deputy.name = QString::fromUtf8(name);
            deputy.gender = QStringLiteral("M");
            deputy.birthMonth = QStringLiteral("19%1-03").arg(60 + i++);
            deputy.workUnit = QStringLiteral("城关镇人民政府");
            registry::Membership membership;
            membership.level = registry::Level::County;
            membership.termNumber = 18;
            membership.certificateNo = QStringLiteral("1800%1").arg(i, 2, 10, QLatin1Char('0'));
            REQUIRE(registry::DeputyStore(c).add(deputy, membership, station).ok());
            deputies << deputy.id;
        }
        activities::ActivityStore store(c);
        activities::Activity inspection;
        inspection.typeId = (*store.typeByCode(QStringLiteral("inspection")))->id;
        inspection.date = {2026, 8, 12};
        inspection.title = QStringLiteral("视察城关镇污水处理厂");
        for (qint64 id : std::as_const(deputies))
            inspection.participants.append({id, activities::Attendance::Present, {}, {}});
        REQUIRE(store.add(inspection).ok());
        loop::LoopStore loop(c);
        for (int n = 0; n < 40; ++n) {
            loop::Item item;
            item.raisedDate = QDate(2026, 7, 1).addDays(n);
            item.content = QStringLiteral("第%1件：村口道路破损，雨天积水严重，群众出行不便，"
                                          "希望尽快修复")
                               .arg(n + 1);
            item.category = QStringLiteral("城建环资");
            item.citizenName = QStringLiteral("王五");
            item.deputyIds = {deputies.first()};
            REQUIRE(loop.addConcern(item).ok());
        }
    }
    ~SheetFixture() { Clock::reset(); }
    test::CliResult cli(const QStringList& args) const
    {
        return test::runCli(QStringList{QStringLiteral("--db"), db.path, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20")} +
                            args);
    }
};

QStringList pages(const QString& pdf)
{
    QStringList list = test::runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                           .split(QLatin1Char('\f'));
    while (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

} // namespace

TEST_CASE("A station's quarterly sheets as one PDF", "[sheets][host][poppler]")
{
    SheetFixture f;
    const QString pdf = f.db.dir.filePath(QStringLiteral("sheets.pdf"));
    const test::CliResult result = f.cli(
        {QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026Q3"),
         QStringLiteral("--station"), QString::number(f.station), QStringLiteral("--out"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList text = pages(pdf);
    // Nine deputies on a page each; 黄海's forty concerns go on over more pages.
    REQUIRE(text.size() > 10);
    int firstPages = 0;
    for (const QString& page : text) {
        const QString flat = QString(page).remove(QLatin1Char(' '));
        if (!flat.contains(QStringLiteral("第1页")))
            continue;
        ++firstPages;
        CHECK(flat.contains(QStringLiteral("云岭县人大常委会2026年第三季度代表履职情况表")));
    }
    CHECK(firstPages == 10);
    // Surname-stroke order: 马 (3) first, then 方 毛 (4 strokes) … 黄 (11) last.
    CHECK(text.first().contains(QStringLiteral("马兰")));
    const QString all = text.join(QLatin1Char('\n'));
    for (const char* name :
         {"黄海", "高山", "马兰", "石磊", "金花", "方圆", "白云", "田野", "毛毅", "龙飞"})
        CHECK(all.contains(QString::fromUtf8(name)));
    // The long record: its later pages carry the running title with 续 and the concerns.
    int continued = 0;
    for (const QString& page : text)
        if (page.contains(QStringLiteral("（续）"))) {
            ++continued;
            CHECK(page.contains(QStringLiteral("黄海")));
        }
    CHECK(continued == text.size() - 10);
    CHECK(all.contains(QStringLiteral("2026-意-0040")));
    CHECK(all.count(QStringLiteral("年度累计总分")) == 10); // every deputy's total, once
    // Each total: base 60 + the inspection 3 = 63 (the quarter's points are 3).
    CHECK(all.count(QStringLiteral("63")) >= 10);
    // Every font is embedded.
    const QStringList fonts = test::runTool(QStringLiteral("pdffonts"), {pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& font : fonts)
        CHECK(font.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("yes")));

    // One deputy; a bad period and an empty selection are refused without a file.
    const QString one = f.db.dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(f.cli({QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026Q3"),
                   QStringLiteral("--deputy"), QString::number(f.deputies.at(1)),
                   QStringLiteral("--out"), one})
                .exitCode == 0);
    CHECK(pages(one).size() == 1);
    const QString none = f.db.dir.filePath(QStringLiteral("none.pdf"));
    CHECK(f.cli({QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("T18"),
                 QStringLiteral("--out"), none})
              .exitCode == 2);
    CHECK(
        f.cli({QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026Q3"),
               QStringLiteral("--township"), QStringLiteral("999"), QStringLiteral("--out"), none})
            .exitCode == 2);
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("A cancelled batch leaves no file, and an older one as it was", "[sheets]")
{
    SheetFixture f;
    scoring::Selection station;
    station.stationId = f.station;
    const auto sheets =
        report::QuarterlySheets::create(f.db.connection(), *Period::parse(QStringLiteral("2026Q3")),
                                        station, scoring::ScoreOrder::Strokes);
    REQUIRE(sheets);
    const report::QuarterlySheets& batch = **sheets;
    REQUIRE(batch.count() == 10);
    const report::SheetPrinter printer;
    const QString path = f.db.dir.filePath(QStringLiteral("batch.pdf"));
    const auto cancelAfterThree = [](int done, int) { return done < 3; };
    auto result = printer.writePdf(batch, path, cancelAfterThree);
    REQUIRE(result);
    CHECK(result->cancelled);
    CHECK(result->documents == 3);
    CHECK_FALSE(QFile::exists(path));
    // With an earlier file in its place, the cancelled batch leaves that one untouched.
    {
        QFile earlier(path);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    CHECK(printer.writePdf(batch, path, cancelAfterThree)->cancelled);
    CHECK(test::fileBytes(path) == QByteArray("earlier"));
    result = printer.writePdf(batch, path);
    REQUIRE(result);
    CHECK_FALSE(result->cancelled);
    CHECK(result->documents == 10);
    CHECK(result->pages == printer.pageCount(batch));
    CHECK(test::fileBytes(path).startsWith("%PDF"));
}

TEST_CASE("The deputy archive as PDF", "[sheets][host][linux-cli][poppler]")
{
    SheetFixture f;
    const QString pdf = f.db.dir.filePath(QStringLiteral("archive.pdf"));
    const test::CliResult result =
        f.cli({QStringLiteral("archive"), QString::number(f.deputies.first()),
               QStringLiteral("--out"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString all = pages(pdf).join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("代表履职档案")));
    CHECK(all.contains(QStringLiteral("黄海")));
    CHECK(all.contains(QStringLiteral("180001")));
    CHECK(all.contains(QStringLiteral("视察城关镇污水处理厂")));
    CHECK(all.contains(QStringLiteral("2026-意-0001")));
    CHECK(all.contains(QStringLiteral("历年履职积分")));
    // Not a deputy of that level: refused.
    CHECK(
        f.cli({QStringLiteral("archive"), QString::number(f.deputies.first()),
               QStringLiteral("--level"), QStringLiteral("township"), QStringLiteral("--out"), pdf})
            .exitCode == 2);
}
