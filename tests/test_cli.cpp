#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace dd;
using test::runCli;

TEST_CASE("The CLI answers --version and --help", "[cli][host][linux-cli]")
{
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("deputydesk-cli")));
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("deputy")));
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    const auto subHelp =
        runCli({QStringLiteral("deputy"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(subHelp.exitCode == 0);
    CHECK(subHelp.out.contains(QStringLiteral("--certificate")));
}

TEST_CASE("CLI end to end: init, add, list, edit, status, station, check, copy",
          "[cli][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                  QStringLiteral("2026-11-22")} +
                      args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    CHECK(cli({"init"}).exitCode == 2); // exists already

    const auto station =
        cli({"station", "add", "--name", "城关镇人大代表联络站", "--kind", "乡镇站", "--township",
             "城关镇", "--rule", "每周三", "--stars", "4"});
    REQUIRE(station.exitCode == 0);

    const auto bad = cli({"deputy", "add", "--name", "张三", "--gender", "男", "--birth", "1975-03",
                          "--phone", "1381234", "--station", "1"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("Phone")));
    const auto added = cli({"deputy", "add", "--name", "张　三", "--gender", "男", "--birth",
                            "1975.3", "--phone", "138-1234-5678", "--certificate", "180001",
                            "--township", "城关镇", "--station", "1", "--composition", "农民"});
    REQUIRE(added.exitCode == 0);
    CHECK(cli({"deputy", "add", "--name", "李四", "--gender", "女", "--certificate", "180001"})
              .exitCode == 2);

    const auto listed = cli({"deputy", "list", "--format", "json"});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value("name").toString() == QStringLiteral("张三"));
    CHECK(row.value("phone").toString() == QStringLiteral("13812345678"));
    CHECK(row.value("birth_month").toString() == QStringLiteral("1975-03"));
    CHECK(row.value("level").toString() == QStringLiteral("county"));
    CHECK(row.value("township").toString() == QStringLiteral("城关镇"));
    CHECK(row.value("uuid").toString().size() == 36);
    const QString id = QString::number(row.value("id").toInteger());

    CHECK(cli({"deputy", "list", "--search", "zs", "--format", "csv"})
              .out.contains(QStringLiteral("张三")));
    CHECK(cli({"deputy", "edit", id, "--unit", "=HYPERLINK(\"x\")"}).exitCode == 0);
    const auto csv = cli({"deputy", "list", "--format", "csv"});
    CHECK(csv.outBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.out.contains(QStringLiteral("\r\n")));
    CHECK(csv.out.contains(QStringLiteral("'=HYPERLINK")));

    CHECK(cli({"deputy", "status", id, "--set", "terminated", "--date", "2026-03-01"}).exitCode ==
          2); // no reason
    REQUIRE(cli({"deputy", "status", id, "--set", "terminated", "--date", "2026-03-01", "--reason",
                 "调离本行政区域"})
                .exitCode == 0);
    CHECK(QJsonDocument::fromJson(cli({"deputy", "list", "--format", "json"}).out.toUtf8())
              .array()
              .isEmpty());
    const auto shown = cli({"deputy", "show", id, "--format", "json"});
    CHECK(shown.out.contains(QStringLiteral("调离本行政区域")));
    CHECK(cli({"deputy", "show", "999"}).exitCode == 2);

    CHECK(cli({"station", "list", "--format", "json"}).out.contains(QStringLiteral("每周三")));
    REQUIRE(cli({"session", "add", "--level", "county", "--number", "5", "--opening", "2026-01-10",
                 "--closing", "2026-01-13"})
                .exitCode == 0);
    CHECK(cli({"session", "list", "--format", "csv"}).out.contains(QStringLiteral("2026-01-10")));
    CHECK(cli({"calendar", "show", "2026", "--format", "json"})
              .out.contains(QStringLiteral("2026-10-01")));
    CHECK(cli({"settings", "set", "office_level", "province"}).exitCode == 2);
    REQUIRE(cli({"settings", "set", "document_language", "en"}).exitCode == 0);
    CHECK(cli({"settings", "show"}).out.contains(QStringLiteral("document_language")));

    const auto check = cli({"check"});
    CHECK(check.exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.ddb"));
    REQUIRE(cli({"copy", "--out", copy}).exitCode == 0);
    CHECK(runCli({"--db", copy, "deputy", "list", "--status", "all", "--format", "json"})
              .out.contains(QStringLiteral("张三")));
}

TEST_CASE("The CLI refuses files that are not DeputyDesk databases with exit code 1",
          "[cli][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    const auto result =
        runCli({QStringLiteral("--db"), path, QStringLiteral("deputy"), QStringLiteral("list")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("not a DeputyDesk database")));
    CHECK(test::fileBytes(path) == QByteArray("just some notes\n"));
    CHECK(runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.ddb")),
                  QStringLiteral("check")})
              .exitCode == 2);
}

TEST_CASE("Bad usage is refused while parsing, before the office file is opened",
          "[cli][host][linux-cli]")
{
    // The file does not exist: a command that got as far as opening it would say so instead.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.ddb"));
    const QList<QStringList> withoutOut = {
        {"copy"},
        {"export", "roster"},
        {"export", "concerns"},
        {"export", "scores", "--period", "2026"},
        {"forms", "dispatch-notices"},
        {"sheets", "--period", "2026Q1"},
        {"archive", "1"},
        {"rules", "export", "--year", "2026"},
    };
    for (const QStringList& command : withoutOut) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto result = runCli(QStringList{"--db", db} + command);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("--out FILE is required")));
    }
    const auto badDate =
        runCli({"--db", db, "leave", "add", "--deputy", "1", "--from", "2026-02-30"});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--from: 2026-02-30 is not a date")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("CLI messages follow the language: Chinese with --lang zh_CN", "[cli][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    REQUIRE(runCli({"--db", db, "init", "--term", "18"}).exitCode == 0);
    const auto result = runCli({"--lang", "zh_CN", "--db", db, "deputy", "add", "--name", "王五",
                                "--gender", "男", "--phone", "123"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("联系电话")));
}

TEST_CASE("The CLI prints the roster as a PDF in the document language", "[cli][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    REQUIRE(runCli({"--db", db, "--today", "2026-11-22", "demo", "--scale", "small"}).exitCode ==
            0);
    const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
    CHECK(runCli({"--db", db, "deputy", "list", "--format", "pdf"}).exitCode == 2); // needs --out
    REQUIRE(runCli({"--db", db, "--today", "2026-11-22", "deputy", "list", "--format", "pdf",
                    "--out", pdf})
                .exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("代表名册")));
    CHECK(content.contains(QStringLiteral("2026年11月22日")));
    CHECK(content.contains(QStringLiteral("工作单位及职务")));
    // Every serving deputy's name is in the PDF, as the right characters.
    const auto listed = runCli({"--db", db, "deputy", "list", "--format", "json"});
    const QJsonArray rows = QJsonDocument::fromJson(listed.outBytes).array();
    REQUIRE(rows.size() > 20);
    for (const QJsonValue& row : rows)
        CHECK(content.contains(row.toObject().value("name").toString()));
    REQUIRE(runCli({"--db", db, "settings", "set", "document_language", "en"}).exitCode == 0);
    REQUIRE(runCli({"--db", db, "deputy", "list", "--format", "pdf", "--out", pdf}).exitCode == 0);
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput())
              .contains(QStringLiteral("Roster of Deputies")));
}

namespace {
// The value options a command's --help lists: "--name <VALUE>".
QStringList valueOptions(const QString& help)
{
    static const QRegularExpression option(QStringLiteral(R"(^\s+(?:-\w, )?--([a-z][a-z-]*) <)"),
                                           QRegularExpression::MultilineOption);
    QStringList names;
    for (auto match = option.globalMatch(help); match.hasNext();)
        names << match.next().captured(1);
    return names;
}

test::CliResult parseOnly(const QStringList& args)
{
    qputenv("DEPUTYDESK_CLI_PARSE_ONLY", "1");
    auto result = runCli(args);
    qunsetenv("DEPUTYDESK_CLI_PARSE_ONLY");
    return result;
}
} // namespace

TEST_CASE("Every value option of every command arrives in both spellings, --opt V and --opt=V",
          "[cli][host][linux-cli]")
{
    const auto listed = runCli({QStringLiteral("--list-commands")});
    REQUIRE(listed.exitCode == 0);
    const QStringList paths = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(paths.size() > 60);
    int checked = 0;
    for (const QString& path : paths) {
        INFO(path.toStdString());
        const QStringList command = path.split(QLatin1Char(' '));
        const auto help = runCli(command + QStringList{QStringLiteral("--help")});
        REQUIRE(help.exitCode == 0);
        const QStringList options = valueOptions(help.out);
        if (options.isEmpty())
            continue;
        // Each option gets its own value; the two runs swap which spelling each option uses.
        for (int spelling = 0; spelling < 2; ++spelling) {
            QStringList args = command;
            for (int i = 0; i < options.size(); ++i) {
                const QString value = options[i] == QLatin1String("format")
                                          ? QStringLiteral("json")
                                          : QStringLiteral("v%1").arg(i);
                if ((i + spelling) % 2 == 0)
                    args << QStringLiteral("--") + options[i] << value;
                else
                    args << QStringLiteral("--%1=%2").arg(options[i], value);
            }
            const auto parsed = parseOnly(args);
            INFO(args.join(QLatin1Char(' ')).toStdString());
            INFO(parsed.out.toStdString() + parsed.err.toStdString());
            REQUIRE(parsed.exitCode == 0);
            for (int i = 0; i < options.size(); ++i) {
                const QString value = options[i] == QLatin1String("format")
                                          ? QStringLiteral("json")
                                          : QStringLiteral("v%1").arg(i);
                CHECK(parsed.out.contains(QStringLiteral("\n%1=%2\n").arg(options[i], value)));
            }
        }
        ++checked;
    }
    CHECK(checked > 40);
}

TEST_CASE("A suggestion keeps its session however the option is spelled", "[cli][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spelling.ddb"));
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--scale"),
                    QStringLiteral("small")})
                .exitCode == 0);
    const auto sessions =
        runCli({QStringLiteral("--db=") + path, QStringLiteral("session"), QStringLiteral("list"),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(sessions.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(sessions.outBytes).array();
    REQUIRE(!list.isEmpty());
    const QString session =
        QString::number(list.first().toObject().value(QStringLiteral("id")).toInteger());
    for (const QStringList& spelled : {QStringList{QStringLiteral("--session"), session},
                                       QStringList{QStringLiteral("--session=") + session}}) {
        const auto added =
            runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("suggestion"),
                               QStringLiteral("add"), QStringLiteral("--lead"), QStringLiteral("1"),
                               QStringLiteral("--title"), QStringLiteral("路灯"),
                               QStringLiteral("--content"), QStringLiteral("建议增设路灯")} +
                   spelled);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const QString id =
            added.out.section(QStringLiteral("(ID "), 1).section(QLatin1Char(')'), 0, 0);
        const auto shown = runCli({QStringLiteral("--db"), path, QStringLiteral("suggestion"),
                                   QStringLiteral("show"), id, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        REQUIRE(shown.exitCode == 0);
        CHECK(QString::number(QJsonDocument::fromJson(shown.outBytes)
                                  .object()
                                  .value(QStringLiteral("session_id"))
                                  .toInteger()) == session);
    }
}
