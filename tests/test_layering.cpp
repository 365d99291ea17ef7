// The layers, checked on the sources: core's parts depend only on the parts the table allows,
// core knows no widget, and only core opens a write transaction.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
const QString kSource = QStringLiteral(DEPUTYDESK_SOURCE_DIR);

// What each folder of core may include besides itself: the parts form no cycle.
const QHash<QString, QSet<QString>>& allowed()
{
    static const QHash<QString, QSet<QString>> table = {
        {QStringLiteral("common"), {}},
        {QStringLiteral("text"), {}},
        {QStringLiteral("xlsx"), {QStringLiteral("common")}},
        {QStringLiteral("storage"), {QStringLiteral("common")}},
        {QStringLiteral("calendar"), {QStringLiteral("common"), QStringLiteral("storage")}},
        {QStringLiteral("registry"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar")}},
        {QStringLiteral("loop"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar"), QStringLiteral("registry")}},
        {QStringLiteral("activities"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar"), QStringLiteral("registry")}},
        {QStringLiteral("scoring"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar"), QStringLiteral("registry"), QStringLiteral("activities"),
          QStringLiteral("loop")}},
        {QStringLiteral("imports"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar"), QStringLiteral("registry"), QStringLiteral("loop"),
          QStringLiteral("xlsx")}},
        {QStringLiteral("exports"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("registry"),
          QStringLiteral("loop"), QStringLiteral("scoring"), QStringLiteral("activities"),
          QStringLiteral("xlsx")}},
        {QStringLiteral("demo"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("storage"),
          QStringLiteral("calendar"), QStringLiteral("registry"), QStringLiteral("loop"),
          QStringLiteral("activities")}},
        {QStringLiteral("writeaccess"), {QStringLiteral("common"), QStringLiteral("storage")}},
        {QStringLiteral("usecases"),
         {QStringLiteral("common"), QStringLiteral("storage"), QStringLiteral("registry"),
          QStringLiteral("loop"), QStringLiteral("activities"), QStringLiteral("calendar"),
          QStringLiteral("scoring"), QStringLiteral("imports"), QStringLiteral("demo"),
          QStringLiteral("writeaccess")}},
        {QStringLiteral("report"),
         {QStringLiteral("common"), QStringLiteral("text"), QStringLiteral("registry"),
          QStringLiteral("loop"), QStringLiteral("scoring"), QStringLiteral("activities"),
          QStringLiteral("exports"), QStringLiteral("xlsx"), QStringLiteral("calendar")}},
    };
    return table;
}

// Every quoted #include of the sources under `folder`: (file, included path).
QList<std::pair<QString, QString>> includes(const QString& folder)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s+[<"]([^>"]+)[>"])"),
                                            QRegularExpression::MultilineOption);
    QList<std::pair<QString, QString>> found;
    QDirIterator files(kSource + QLatin1Char('/') + folder,
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = include.globalMatch(text); match.hasNext();)
            found.append({path.mid(kSource.size() + 1), match.next().captured(1)});
    }
    return found;
}
} // namespace

TEST_CASE("Each part of core includes only the parts below it", "[layering]")
{
    const auto found = includes(QStringLiteral("core"));
    REQUIRE(found.size() > 300);
    for (const auto& [file, included] : found) {
        const QString part = file.section(QLatin1Char('/'), 1, 1);
        const QString target = included.section(QLatin1Char('/'), 0, 0);
        if (!included.contains(QLatin1Char('/')) || target == part || !allowed().contains(target))
            continue; // a system or Qt header, or the part itself
        INFO(file.toStdString() + " includes " + included.toStdString());
        REQUIRE(allowed().contains(part));
        CHECK(allowed().value(part).contains(target));
    }
}

TEST_CASE("Core knows no widget, and only core's use cases open the door to writing", "[layering]")
{
    for (const auto& [file, included] : includes(QStringLiteral("core"))) {
        INFO(file.toStdString() + " includes " + included.toStdString());
        CHECK_FALSE(included.startsWith(QLatin1String("QtWidgets")));
        CHECK_FALSE(included.startsWith(QLatin1String("ui/")));
        for (const char* widget : {"QWidget", "QDialog", "QMessageBox", "QApplication"})
            CHECK(included != QLatin1String(widget));
    }
    // The window and the CLI gather input and show results; the writes and their transactions
    // are core's use cases (the build cannot even find the door's header from app/ or ui/).
    for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app")})
        for (const auto& [file, included] : includes(folder)) {
            INFO(file.toStdString() + " includes " + included.toStdString());
            CHECK(included != QLatin1String("storage/WriteTransaction.h"));
            CHECK_FALSE(included.startsWith(QLatin1String("writeaccess/")));
        }
    // Inside core, only the use cases go through the door.
    for (const auto& [file, included] : includes(QStringLiteral("core")))
        if (included.startsWith(QLatin1String("writeaccess/"))) {
            INFO(file.toStdString());
            CHECK((file.startsWith(QLatin1String("core/usecases/")) ||
                   file.startsWith(QLatin1String("core/writeaccess/"))));
        }
}

TEST_CASE("The window's files live in feature folders and connect signals by type", "[layering]")
{
    const QStringList folders = {QStringLiteral("shell"),      QStringLiteral("widgets"),
                                 QStringLiteral("registry"),   QStringLiteral("loop"),
                                 QStringLiteral("activities"), QStringLiteral("scoring"),
                                 QStringLiteral("imports"),    QStringLiteral("calendar")};
    QDirIterator files(kSource + QStringLiteral("/ui"),
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = path.mid(kSource.size() + 1);
        INFO(relative.toStdString());
        CHECK(folders.contains(relative.section(QLatin1Char('/'), 1, 1)));
        CHECK(relative.count(QLatin1Char('/')) == 2);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        // String-based connections fail only at run time, and silently.
        CHECK_FALSE(text.contains("SIGNAL("));
        CHECK_FALSE(text.contains("SLOT("));
        ++count;
    }
    CHECK(count > 90);
    // Between folders a header is named with its folder, and it is there.
    for (const auto& [file, included] : includes(QStringLiteral("ui")))
        if (included.startsWith(QLatin1String("ui/"))) {
            INFO(file.toStdString() + " includes " + included.toStdString());
            CHECK(QFile::exists(kSource + QLatin1Char('/') + included));
        }
}

TEST_CASE("Each part of core declares its names in the namespace named after it", "[layering]")
{
    // dd::<part> (or a namespace inside it); common is the vocabulary of all, dd itself; the use
    // cases and their door are dd::usecase. A block of another namespace may only name classes
    // declared elsewhere (forward declarations).
    static const QRegularExpression block(
        QStringLiteral(R"(^namespace ([\w:]+) \{\n(.*?)^\} // namespace \1$)"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression forwardOnly(
        QStringLiteral(R"(^(\s*(class|struct) \w+;\s*)*$)"));
    QDirIterator files(kSource + QStringLiteral("/core"),
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int blocks = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString part = path.mid(kSource.size() + 1).section(QLatin1Char('/'), 1, 1);
        const QString own =
            part == QLatin1String("common") ? QStringLiteral("dd")
            : part == QLatin1String("usecases") || part == QLatin1String("writeaccess")
                ? QStringLiteral("dd::usecase")
                : QStringLiteral("dd::") + part;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = block.globalMatch(text); match.hasNext();) {
            const auto found = match.next();
            const QString name = found.captured(1);
            INFO(path.mid(kSource.size() + 1).toStdString() + ": namespace " + name.toStdString());
            if (name != own && !name.startsWith(own + QStringLiteral("::")))
                CHECK(forwardOnly.match(found.captured(2)).hasMatch());
            ++blocks;
        }
        // Every file of core opens a namespace that the rule can check.
        if (path.endsWith(QLatin1String(".h")))
            CHECK(text.contains(QStringLiteral("namespace ") + own));
    }
    CHECK(blocks > 150);
}
