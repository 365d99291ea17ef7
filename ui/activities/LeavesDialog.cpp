#include "LeavesDialog.h"
#include "LeaveDialog.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ReadFailure.h"

#include "activities/LeaveStore.h"
#include "usecases/ActivityActions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

LeavesDialog::LeavesDialog(QSqlDatabase db, qint64 deputyId, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_deputyId(deputyId)
    , m_name(name)
{
    setWindowTitle(tr("Leave — %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Reason")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto add = [&](const QString& text, const char* name, void (LeavesDialog::*slot)()) {
        QPushButton* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        writeControls::mark(button);
    };
    add(tr("Record leave…"), "add-leave", &LeavesDialog::addLeave);
    add(tr("Correct…"), "correct-leave", &LeavesDialog::correctLeave);
    add(tr("Remove…"), "remove-leave", &LeavesDialog::removeLeave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LeavesDialog::correctLeave);
    layout->addWidget(buttons);
    resize(560, 320);
    load();
}

void LeavesDialog::load()
{
    m_leaves = listOrWarn(activities::LeaveStore(m_db).list(m_deputyId), this);
    m_table->setRowCount(int(m_leaves.size()));
    for (int row = 0; row < m_leaves.size(); ++row) {
        const activities::Leave& leave = m_leaves.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(leave.from.toString(Qt::ISODate)));
        m_table->setItem(row, 1, new QTableWidgetItem(leave.to.toString(Qt::ISODate)));
        m_table->setItem(row, 2, new QTableWidgetItem(leave.reason));
    }
}

const activities::Leave* LeavesDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_leaves.size()) {
        QMessageBox::information(const_cast<LeavesDialog*>(this), windowTitle(),
                                 tr("Select a leave first."));
        return nullptr;
    }
    return &m_leaves.at(row);
}

void LeavesDialog::addLeave()
{
    LeaveDialog dialog(m_db, m_deputyId, m_name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    load();
}

void LeavesDialog::correctLeave()
{
    const activities::Leave* leave = selected();
    if (!leave)
        return;
    LeaveDialog dialog(m_db, *leave, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    load();
}

void LeavesDialog::removeLeave()
{
    const activities::Leave* leave = selected();
    if (!leave)
        return;
    bool given = false;
    const QString reason = QInputDialog::getText(
        this, tr("Remove leave"),
        tr("Remove the leave from %1 to %2 (%3)?\nIt stays in the operator log. Why is it "
           "removed?")
            .arg(leave->from.toString(Qt::ISODate), leave->to.toString(Qt::ISODate), leave->reason),
        QLineEdit::Normal, QString(), &given);
    if (!given)
        return;
    if (const Outcome outcome = usecase::removeLeave(m_db, leave->id, reason); !outcome.ok()) {
        QMessageBox::warning(this, tr("Remove leave"), outcome.text());
        return;
    }
    m_changed = true;
    load();
}

} // namespace dd::ui
