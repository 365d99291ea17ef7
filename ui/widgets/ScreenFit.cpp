#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace dd::ui {

void resizeWithinScreen(QWidget* dialog, const QSize& preferred)
{
    const QWidget* shownOver = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    const QScreen* screen = shownOver ? shownOver->screen() : QGuiApplication::primaryScreen();
    // Room for the window frame and the taskbar.
    const QSize room = screen ? screen->availableGeometry().size() - QSize(24, 48) : preferred;
    dialog->resize(preferred.boundedTo(room).expandedTo(dialog->minimumSizeHint()));
}

} // namespace dd::ui
