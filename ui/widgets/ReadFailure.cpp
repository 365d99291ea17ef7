#include "ui/widgets/ReadFailure.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace dd::ui {

namespace {
struct ReadFailure {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::ReadFailure)
};
} // namespace

void warnReadFailure(const QWidget* parent, const QString& error)
{
    static bool showing = false;
    if (showing)
        return;
    showing = true;
    QMessageBox::warning(
        parent ? parent->window() : nullptr, ReadFailure::tr("The office file could not be read"),
        ReadFailure::tr("%1\n\nWhat is shown may be incomplete. Close any other program using "
                        "the file and open it again; if this repeats, restore a backup.")
            .arg(error));
    showing = false;
}

} // namespace dd::ui
