// deputydesk: the desktop program.
#include "Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QMessageBox>
#include <QStandardPaths>

namespace {
// Qt's default font may pick a Japanese CJK variant; choose a Simplified Chinese one.
void chooseChineseFont(QApplication& app)
{
    const QStringList preferred = {
        QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")};
    const QStringList families = QFontDatabase::families();
    for (const QString& family : preferred)
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSize(10);
            app.setFont(font);
            return;
        }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPUTYDESK_VERSION));
    dd::installTranslators(app, qEnvironmentVariable("DEPUTYDESK_LANG"));
    chooseChineseFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("dd::gui", "DeputyDesk: deputies' performance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("dd::gui", "The database to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    const QString path = parser.positionalArguments().value(
        0, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/deputydesk.ddb"));
    dd::OpenResult opened = dd::Database::open(path, dd::Database::Mode::OpenExisting);
    if (!opened) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("dd::gui", "Cannot open the database"),
                              opened.message);
        return 1;
    }
    dd::ui::MainWindow window(std::move(opened.database));
    window.show();
    return app.exec();
}
