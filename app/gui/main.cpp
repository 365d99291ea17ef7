// deputydesk: the desktop program.
#include "Language.h"
#include "storage/OperatorLog.h"
#include "storage/Platform.h"
#include "ui/shell/AppFont.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Operator.h"
#include "ui/shell/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

int main(int argc, char* argv[])
{
    dd::storage::platform::chooseGuiPlatform(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DeputyDesk"));
    dd::storage::setLogHeadKeeper(std::make_unique<dd::storage::SettingsLogHeads>());
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPUTYDESK_VERSION));
    QIcon icon; // rendered from resources/icons/deputydesk.svg by the build
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/deputydesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // The screen language: DEPUTYDESK_LANG (for screenshots and tests), else the clerk's choice.
    const QString language = qEnvironmentVariableIsSet("DEPUTYDESK_LANG")
                                 ? qEnvironmentVariable("DEPUTYDESK_LANG")
                                 : QSettings().value(QStringLiteral("ui/language")).toString();
    dd::installTranslators(app, language);
    dd::ui::useChineseFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("dd::gui", "DeputyDesk: deputies' performance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("dd::gui", "The database to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    // FILE from the command line (a double-clicked file), else the last database, else the
    // default one; when there is none yet, the welcome dialog creates or opens one.
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (!QFileInfo::exists(path))
            path = dd::ui::WelcomeDialog::defaultPath();
    }
    std::unique_ptr<dd::storage::Database> database;
    if (QFileInfo::exists(path) || !parser.positionalArguments().isEmpty()) {
        dd::storage::OpenResult opened = dd::storage::Database::open(
            path, dd::storage::Database::Mode::OpenExisting, {.asWindow = true});
        if (opened)
            database = std::move(*opened);
        else
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("dd::gui", "Cannot open the database"),
                opened.error());
    }
    if (!database) {
        dd::ui::WelcomeDialog welcome(true);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        database = welcome.takeDatabase();
    }
    dd::ui::MainWindow window(std::move(database));
    window.show();
    QTimer::singleShot(0, &window, [&window] { dd::ui::askOperatorNameOnce(&window); });
    return app.exec();
}
