#include "Operator.h"

#include "usecases/Operator.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>

namespace dd::ui {

namespace {
const QString kAsked = QStringLiteral("operator/asked");
} // namespace

QString operatorName()
{
    return usecase::savedOperatorName();
}

void setOperatorName(const QString& name)
{
    usecase::saveOperatorName(name);
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
