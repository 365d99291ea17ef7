// The test runner: a real QGuiApplication (documents need Qt Gui) on the platform the CLI uses:
// offscreen on Linux, the Windows platform with the FreeType font engine under Wine.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "storage/Platform.h"

#include <QGuiApplication>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // Without this a test binary started with no display cannot start, and Catch2's discovery
    // at build time would silently find zero tests.
    dd::storage::platform::chooseGuiPlatform(false);
    // The user's settings of this run (and of the CLI it starts) stay in a folder of their own.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    dd::test::TempDatabase::storeWritesByDefault = true; // the stores' tests stand in for use cases
    return Catch::Session().run(argc, argv);
}
