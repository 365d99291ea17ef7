#include "ui/widgets/ReadFailure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    // One message per failure: a screen reading the broken part again and again (a list per
    // year, a filter per keystroke) says it once, not a box per read.
    static bool showing = false;
    static QString lastError;
    static QElapsedTimer sinceClosed;
    if (showing || (error == lastError && sinceClosed.isValid() && sinceClosed.elapsed() < 3000))
        return;
    showing = true;
    QMessageBox::warning(
        parent ? parent->window() : nullptr, ReadFailure::tr("The office file could not be read"),
        ReadFailure::tr("%1\n\nWhat is shown may be incomplete. Close any other program using "
                        "the file and open it again; if this repeats, restore a backup.")
            .arg(error));
    showing = false;
    lastError = error;
    sinceClosed.start();
}

} // namespace dd::ui
