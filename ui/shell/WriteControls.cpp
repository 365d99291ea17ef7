#include "WriteControls.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace dd::ui::writeControls {

namespace {
constexpr const char* kWrites = "ddWritesToFile";
constexpr const char* kReadOnly = "ddFileReadOnly";

bool readOnly(const QWidget* widget)
{
    return widget && widget->window()->property(kReadOnly).toBool();
}

// The window an action is shown in: its menu's or button's, up the parents.
const QWidget* widgetOf(const QAction* action)
{
    for (const QObject* parent = action->parent(); parent; parent = parent->parent())
        if (parent->isWidgetType())
            return static_cast<const QWidget*>(parent);
    return nullptr;
}
} // namespace

void mark(QWidget* control)
{
    control->setProperty(kWrites, true);
    if (readOnly(control))
        control->setEnabled(false);
}

void mark(QAction* action)
{
    action->setProperty(kWrites, true);
    if (readOnly(widgetOf(action)))
        action->setEnabled(false);
}

void apply(QWidget* window, bool writable)
{
    window->setProperty(kReadOnly, !writable);
    const auto widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets)
        if (widget->property(kWrites).toBool())
            widget->setEnabled(writable);
    const auto actions = window->findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->property(kWrites).toBool())
            action->setEnabled(writable);
}

bool ensureWritable(QWidget* widget)
{
    if (!readOnly(widget))
        return true;
    QMessageBox::information(
        widget, QCoreApplication::translate("dd::ui::WriteControls", "Read-only"),
        QCoreApplication::translate("dd::ui::WriteControls",
                                    "This window has the file open read-only; nothing can be "
                                    "changed here. The bar at the top of the window says why."));
    return false;
}

} // namespace dd::ui::writeControls
