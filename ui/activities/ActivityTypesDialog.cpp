#include "ActivityTypesDialog.h"

#include "activities/ActivityStore.h"
#include "common/BuiltInNames.h"
#include "ui/widgets/ReadFailure.h"
#include "usecases/ActivityActions.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

using namespace activities;

ActivityTypesDialog::ActivityTypesDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Activity types"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("A new type earns no points until the scoring rules of the year "
                               "give it some (Settings ▸ Scoring rules)."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("activity-types"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("Add…"), QDialogButtonBox::ActionRole);
    QPushButton* rename = buttons->addButton(tr("Rename…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &ActivityTypesDialog::askAdd);
    connect(rename, &QPushButton::clicked, this, &ActivityTypesDialog::askRename);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 480);
    reload();
}

void ActivityTypesDialog::reload()
{
    m_list->clear();
    for (const ActivityType& type : listOrWarn(ActivityStore(m_db).types(), this)) {
        auto* item = new QListWidgetItem(builtInName(type.name), m_list);
        item->setData(Qt::UserRole, type.id);
    }
}

bool ActivityTypesDialog::addType(const QString& name)
{
    ActivityType type;
    type.name = name;
    const Outcome outcome = usecase::addActivityType(m_db, type);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Activity types"), outcome.text());
        return false;
    }
    m_changed = true;
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

bool ActivityTypesDialog::renameSelected(const QString& name)
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const Outcome outcome = usecase::renameActivityType(m_db, id, name);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Activity types"), outcome.text());
        return false;
    }
    m_changed = true;
    const int row = m_list->currentRow();
    reload();
    m_list->setCurrentRow(row);
    return true;
}

void ActivityTypesDialog::askAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New activity type"), tr("Name:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        addType(name);
}

void ActivityTypesDialog::askRename()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename activity type"), tr("Name:"),
                                               QLineEdit::Normal, item->text(), &ok);
    if (ok && name.trimmed() != item->text()) // the name as shown, left alone, stays as stored
        renameSelected(name);
}

} // namespace dd::ui
