// The test runner: a real QGuiApplication (documents need Qt Gui) on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Without this a test binary started with no display cannot start, and Catch2's discovery
    // at build time would silently find zero tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
