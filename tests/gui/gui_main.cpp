// The GUI test runner: a real QApplication on the offscreen platform, with its own settings and
// data folders so the tests never touch a clerk's recent files or databases.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Language.h"
#include "ui/shell/AppFont.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // Without a platform the binary could not start, and discovery would find zero tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("DeputyDeskGuiTests"));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this run alone, in a folder of its own (also on Windows, instead of the
    // registry): every run starts as a first start, and two runs at once never share them.
    const QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    // The CLI this binary starts keeps its settings there too (XDG_CONFIG_HOME on Linux).
    qputenv("XDG_CONFIG_HOME", settingsFolder.path().toLocal8Bit());
    dd::installTranslators(app, qEnvironmentVariable("DEPUTYDESK_LANG", QStringLiteral("en")));
    dd::ui::useChineseFont(app);
    return Catch::Session().run(argc, argv);
}
