#include "AgencyEditor.h"

#include "loop/AgencyStore.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/ReadFailure.h"
#include "usecases/LoopActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace loop;

AgencyEditor::AgencyEditor(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Contact"), tr("Phone")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_form = new FieldForm;
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (const QString& kind : agencyKinds())
        m_kind->addItem(agencyKindName(kind), kind);
    m_contact = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_form->addField(QStringLiteral("name"), tr("Name"), m_name);
    m_form->addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_form->addField(QStringLiteral("contact"), tr("Contact"), m_contact);
    m_form->addField(QStringLiteral("phone"), tr("Phone"), m_phone);
    layout->addLayout(m_form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New agency"), this);
    auto* save = new QPushButton(tr("Save agency"), this);
    save->setObjectName(QStringLiteral("save-agency"));
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AgencyEditor::startNew);
    connect(save, &QPushButton::clicked, this, &AgencyEditor::save);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgencyEditor::showSelected);
    reload();
    startNew();
}

void AgencyEditor::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_table);
    const QList<Agency> agencies = listOrWarn(AgencyStore(m_db).list(), this);
    m_table->setRowCount(int(agencies.size()));
    for (int row = 0; row < agencies.size(); ++row) {
        const Agency& agency = agencies.at(row);
        const QStringList cells = {agency.name, agencyKindName(agency.kind), agency.contact,
                                   agency.phone};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, agency.id);
            m_table->setItem(row, column, cell);
        }
        if (agency.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {2, 3}) // room for a name and a phone number once they are typed
        m_table->setColumnWidth(
            column,
            std::max(m_table->columnWidth(column),
                     fontMetrics().horizontalAdvance(QStringLiteral("0871-12345678")) + 16));
}

void AgencyEditor::startNew()
{
    m_table->clearSelection();
    m_editingId = 0;
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_contact->clear();
    m_phone->clear();
    m_form->clearErrors();
    m_name->setFocus();
}

void AgencyEditor::showSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const auto agency = foundOrWarn(
        AgencyStore(m_db).find(selected.first()->data(Qt::UserRole).toLongLong()), this);
    if (!agency)
        return;
    m_editingId = agency->id;
    m_name->setText(agency->name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(agency->kind)));
    m_contact->setText(agency->contact);
    m_phone->setText(agency->phone);
    m_form->clearErrors();
}

bool AgencyEditor::save()
{
    Agency agency;
    agency.id = m_editingId;
    agency.name = m_name->text();
    agency.kind = m_kind->currentData().toString();
    agency.contact = m_contact->text();
    agency.phone = m_phone->text();
    const Outcome outcome = usecase::saveAgency(m_db, agency);
    if (!m_form->showOutcome(outcome))
        return false;
    m_form->clearErrors();
    reload(agency.id);
    m_editingId = agency.id;
    return true;
}

} // namespace dd::ui
