#include "StationsPage.h"

#include "AssignDialog.h"
#include "StationDialog.h"
#include "StationTableModel.h"
#include "ui/imports/ImportDialog.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RowMenu.h"
#include "ui/widgets/ScreenFit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

StationsPage::StationsPage(QWidget* parent)
    : RecordPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* actions = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, township or address"));
    m_search->setToolTip(tr("Search by name, township, address or liaison officer"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    actions->addWidget(m_search, 1);
    const auto button = [&](const QString& text, void (StationsPage::*slot)()) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    writeControls::mark(button(tr("Add…"), &StationsPage::addStation));
    writeControls::mark(button(tr("Edit…"), &StationsPage::editStation));
    writeControls::mark(button(tr("Station deputies…"), &StationsPage::assignDeputies));
    writeControls::mark(button(tr("Import…"), &StationsPage::importStations));
    button(tr("Export…"), &StationsPage::exportStations);
    button(tr("Print station list…"), &StationsPage::printList);
    layout->addLayout(actions);
    m_filterBar = new FilterBar(this);
    m_filterBar->watchSearch(m_search);
    layout->addWidget(m_filterBar);
    m_model = new StationTableModel(this);
    m_proxy = new StationFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StationTableModel::SortKeyRole);
    m_view = new ListView(QStringLiteral("stations"), this);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(StationTableModel::Township, Qt::AscendingOrder);
    m_view->restoreColumns({StationTableModel::Phone, StationTableModel::Address});
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        m_filterBar->update(m_proxy->rowCount(), m_model->rowCount());
        Q_EMIT statusChanged();
    });
    connect(m_filterBar, &FilterBar::cleared, this, [this] {
        m_proxy->setSearch(QString());
        m_filterBar->update(m_proxy->rowCount(), m_model->rowCount());
        Q_EMIT statusChanged();
    });
    new RowMenu(m_view, [this](QMenu* menu) {
        writeControls::mark(menu->addAction(tr("Edit…"), this, &StationsPage::editStation));
        writeControls::mark(
            menu->addAction(tr("Station deputies…"), this, &StationsPage::assignDeputies));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (writeControls::ensureWritable(this))
            editStation();
    });
}

void StationsPage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reload();
}

void StationsPage::reload()
{
    if (!m_db.isValid())
        return;
    // The station worked on stays selected after an edit or an assignment.
    const QModelIndex current = m_view->currentIndex();
    const qint64 kept =
        current.isValid() ? m_model->row(m_proxy->mapToSource(current).row()).station.id : 0;
    m_model->setRows(listOrWarn(registry::StationStore(m_db).list(), this));
    for (int row = 0; kept > 0 && row < m_model->rowCount(); ++row)
        if (m_model->row(row).station.id == kept && m_view->selectSourceRow(row))
            break;
    m_filterBar->update(m_proxy->rowCount(), m_model->rowCount());
    Q_EMIT statusChanged();
}

QString StationsPage::statusText() const
{
    return tr("%1 of %2 stations shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
}

void StationsPage::addStation()
{
    StationDialog dialog(m_db, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT dataChanged();
    }
}

void StationsPage::editStation()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    StationDialog dialog(m_db, m_model->row(m_proxy->mapToSource(index).row()).station, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT dataChanged();
    }
}

void StationsPage::assignDeputies()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const registry::Station station = m_model->row(m_proxy->mapToSource(index).row()).station;
    AssignDialog dialog(m_db, station.id, station.name, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT dataChanged();
        Q_EMIT message(tr("%n deputy(ies) stationed at %1", nullptr, dialog.assignedCount())
                           .arg(station.name));
    }
}

void StationsPage::importStations()
{
    ImportDialog dialog(m_db, ImportDialog::Kind::Stations, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT dataChanged();
        Q_EMIT message(dialog.resultText());
    }
}

void StationsPage::exportStations()
{
    if (!confirmListOutput(this, m_filterBar, tr("Export the stations"),
                           [this] { return m_proxy->rowCount(); }))
        return;
    QList<registry::StationRow> rows;
    for (int row : m_view->visibleSourceRows())
        rows << m_model->row(row);
    exportStationsWorkbook(this, m_db, rows);
}

void StationsPage::printList()
{
    if (confirmListOutput(this, m_filterBar, tr("Print the stations"),
                          [this] { return m_proxy->rowCount(); }))
        previewList(this, m_view, tr("List of Liaison Stations"), m_db);
}

} // namespace dd::ui
