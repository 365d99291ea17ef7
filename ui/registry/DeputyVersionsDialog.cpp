#include "DeputyVersionsDialog.h"

#include "ui/shell/WriteControls.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/DeputyVersions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

DeputyVersionsDialog::DeputyVersionsDialog(QSqlDatabase db, qint64 deputyId, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_deputyId(deputyId)
{
    setWindowTitle(tr("Versions of the particulars"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each change recorded in the operator log makes a version. "
                                "Putting one back is a change of its own, logged like any "
                                "other; the photo stays as it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("From"), tr("Operator"), tr("Name"),
                                        tr("Phone"), tr("Work unit and position"), tr("Address")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* restore =
        buttons->addButton(tr("&Put this version back…"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restore-version"));
    writeControls::mark(restore);
    connect(restore, &QPushButton::clicked, this, &DeputyVersionsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
    resizeWithinScreen(this, QSize(960, 420));
}

void DeputyVersionsDialog::load()
{
    const QList<usecase::DeputyVersion> versions =
        listOrWarn(usecase::deputyVersions(m_db, m_deputyId), this);
    m_table->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const usecase::DeputyVersion& v = versions.at(row);
        // The first version may predate the log: no time, no operator.
        const QString operatorName = v.at.isEmpty()             ? QStringLiteral("—")
                                     : v.operatorName.isEmpty() ? tr("(not named)")
                                                                : v.operatorName;
        const QStringList cells{QString::number(v.number),
                                v.at.isEmpty()
                                    ? tr("before the log")
                                    : QString(v.at).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                operatorName,
                                v.deputy.name,
                                v.deputy.phone,
                                v.deputy.workUnit,
                                v.deputy.address};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setToolTip(v.summary);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!versions.isEmpty())
        m_table->selectRow(int(versions.size()) - 1); // the record as it is
}

void DeputyVersionsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row == m_table->rowCount() - 1) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Choose an earlier version: the last one is the record as it "
                                    "is."));
        return;
    }
    const int number = m_table->item(row, 0)->text().toInt();
    if (QMessageBox::question(this, windowTitle(),
                              tr("Put version %1 of %2's particulars back?")
                                  .arg(number)
                                  .arg(m_table->item(row, 3)->text())) != QMessageBox::Yes)
        return;
    if (const Outcome restored = usecase::restoreDeputyVersion(m_db, m_deputyId, number);
        !restored.ok()) {
        QMessageBox::warning(this, windowTitle(), restored.text());
        return;
    }
    m_restored = true;
    load();
}

} // namespace dd::ui
