#include "Operator.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>

namespace dd::ui {

namespace {
const QString kName = QStringLiteral("operator/name");
const QString kAsked = QStringLiteral("operator/asked");
} // namespace

QString operatorName()
{
    const QSettings settings;
    // Before the name was asked for, the loop read it from here.
    return settings.value(kName, settings.value(QStringLiteral("loop/actor"))).toString().trimmed();
}

void setOperatorName(const QString& name)
{
    QSettings().setValue(kName, name.trimmed());
}

void askOperatorNameOnce(QWidget* window)
{
    QSettings settings;
    if (settings.value(kAsked).toBool() || !operatorName().isEmpty())
        return;
    settings.setValue(kAsked, true);
    settings.sync(); // asked once, even if the program is ended with the question open
    bool given = false;
    const QString name = QInputDialog::getText(
        window, QCoreApplication::translate("dd::ui::Operator", "Your name"),
        QCoreApplication::translate("dd::ui::Operator",
                                    "Your name, recorded as the clerk in charge of the steps and "
                                    "records you enter (Settings changes it):"),
        QLineEdit::Normal, QString(), &given);
    if (given)
        setOperatorName(name);
}

} // namespace dd::ui
