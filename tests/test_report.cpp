#include "TestSupport.h"

#include "report/TableReport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace dd::report;

namespace {

TableReport sampleReport(int rows, int columns)
{
    static const QStringList names = {"黄高马", "石金方", "白田毛",  "龙人大",
                                      "民主",   "王五",   "欧阳娜娜"};
    TableReport report;
    report.title = QStringLiteral("云岭县人大常委会 代表名册");
    report.dateLine = QStringLiteral("2026年11月22日");
    report.headers = {QStringLiteral("姓名"), QStringLiteral("性别"),
                      QStringLiteral("工作单位及职务")};
    while (report.headers.size() < columns)
        report.headers << QStringLiteral("栏目%1").arg(report.headers.size() + 1);
    for (int r = 0; r < rows; ++r) {
        QStringList row = {
            names.at(r % names.size()), r % 3 ? QStringLiteral("男") : QStringLiteral("女"),
            QStringLiteral("云岭县大民乡马鞍山村党支部书记、村委会主任（第%1号）").arg(r)};
        while (row.size() < columns)
            row << QString::number(r);
        report.rows << row;
    }
    return report;
}
} // namespace

TEST_CASE("A table PDF repeats its header, numbers its pages and extracts the right characters",
          "[report][host][poppler]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(writePdf(sampleReport(120, 3), path));
    const QString text = dd::test::runTool(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QStringList pages = text.split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() >= 3);
    CHECK(pages.first().contains(QStringLiteral("云岭县人大常委会 代表名册")));
    CHECK(pages.first().contains(QStringLiteral("2026年11月22日")));
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(pages.at(p).contains(QStringLiteral("序号")));
        CHECK(pages.at(p).contains(QStringLiteral("工作单位及职务")));
        QString page = pages.at(p);
        page.remove(QLatin1Char(' '));
        CHECK(page.contains(QStringLiteral("第%1页共%2页").arg(p + 1).arg(pages.size())));
    }
    for (const char* name : {"黄高马", "石金方", "白田毛", "龙人大", "民主"})
        CHECK(text.contains(QString::fromUtf8(name)));
    CHECK(text.contains(QStringLiteral("120")));
    // No Kangxi radicals or CJK radicals supplement in place of ordinary characters.
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
    const QString info = dd::test::runTool(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("A4")));
    CHECK(
        info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12]"))));
}

TEST_CASE("Wide tables go landscape", "[report][host][poppler]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.pdf"));
    REQUIRE(writePdf(sampleReport(10, 9), path));
    const QString info = dd::test::runTool(QStringLiteral("pdfinfo"), {path});
    CHECK(
        info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))));
}

TEST_CASE("A PDF that cannot be written says why and leaves the old file", "[report]")
{
    QTemporaryDir dir;
    CHECK(dd::test::failureOf(
              writePdf(sampleReport(3, 3), dir.filePath(QStringLiteral("missing/x.pdf"))))
              .contains(QStringLiteral("missing")));
    CHECK(dd::test::failureOf(writePdf(sampleReport(3, 3), dir.path()))
              .contains(QStringLiteral("folder")));
    const QString existing = dir.filePath(QStringLiteral("old.pdf"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const bool written = writePdf(sampleReport(3, 3), existing).ok();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!written) { // as root the folder stays writable; the point is the old file survives failure
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("old"));
    }
}
