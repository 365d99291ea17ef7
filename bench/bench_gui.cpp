// The registry screens at the `large` scale: start-up to a usable deputies list, a search
// keystroke, and paging from the top of the list to the bottom. Takes the database to open
// (scripts/bench makes it with the CLI's large demo).
#include "bench_common.h"

#include "storage/Database.h"
#include "ui/AppFont.h"
#include "ui/DeputiesPage.h"
#include "ui/ListView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>

#include <cstdio>

using namespace dd;
using bench::measure;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDeskBench"));
    QStandardPaths::setTestModeEnabled(true);
    ui::useChineseFont(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: deputydesk_gui_bench DATABASE\n");
        return 2;
    }
    std::printf("DeputyDesk screens (large scale)\n");
    std::unique_ptr<ui::MainWindow> window;
    measure(QStringLiteral("open the main window on the deputies list"), QStringLiteral("< 1 s"),
            [&] {
                OpenResult opened =
                    Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
                if (!opened) {
                    std::fprintf(stderr, "%s\n", qPrintable(opened.message));
                    std::exit(1);
                }
                window = std::make_unique<ui::MainWindow>(std::move(opened.database));
                window->resize(1366, 768);
                window->showPage(ui::MainWindow::Deputies);
                window->show();
                QApplication::processEvents();
                window->deputiesPage()->view()->viewport()->repaint();
            });
    ui::DeputiesPage* page = window->deputiesPage();
    std::printf("  (%d deputy memberships listed)\n", int(page->shownRows().size()));
    double slowest = 0;
    QString typed;
    for (const QChar c : QStringLiteral("zhangw")) {
        typed += c;
        slowest = std::max(slowest, measure(QStringLiteral("search keystroke \"%1\"").arg(typed),
                                            QStringLiteral("< 50 ms"), [&] {
                                                page->searchField()->setText(typed);
                                                page->view()->viewport()->repaint();
                                            }));
    }
    measure(QStringLiteral("clear the search (all rows back)"), QStringLiteral("< 50 ms"), [&] {
        page->searchField()->clear();
        page->view()->viewport()->repaint();
    });
    measure(QStringLiteral("page from the top of the list to the bottom"), QStringLiteral("< 1 s"),
            [&] {
                QScrollBar* bar = page->view()->verticalScrollBar();
                for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
                    bar->setValue(value);
                    page->view()->viewport()->repaint();
                }
            });
    std::printf("slowest keystroke %.1f ms; peak memory %.1f MB (target < 200 MB)\n", slowest,
                bench::peakMemoryMb());
    return 0;
}
