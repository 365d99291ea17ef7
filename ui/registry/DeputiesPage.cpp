#include "DeputiesPage.h"

#include "DeputyDialog.h"
#include "DeputyProfileDialog.h"
#include "DeputyTableModel.h"
#include "NewTermDialog.h"
#include "StatusDialog.h"
#include "registry/GroupStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/LeaveDialog.h"
#include "ui/imports/ImportDialog.h"
#include "ui/scoring/SheetPrinting.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RowMenu.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dd::ui {

DeputiesPage::DeputiesPage(QWidget* parent)
    : RecordPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());

    layout->addWidget(buildFilters());
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::cleared, this, [this] {
        m_proxy->setSearch(QString());
        fillTerms(); // the level is back to all: so is the term; reloads
    });

    m_model = new DeputyTableModel(this);
    m_proxy = new DeputyFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeputyTableModel::SortKeyRole);
    m_view = new ListView(QStringLiteral("deputies"), this);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(DeputyTableModel::Name, Qt::AscendingOrder);
    m_view->restoreColumns({DeputyTableModel::Ethnicity, DeputyTableModel::Party,
                            DeputyTableModel::Education, DeputyTableModel::Composition,
                            DeputyTableModel::Cadre, DeputyTableModel::CertificateNo,
                            DeputyTableModel::ElectoralDistrict});
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        updateFilterBar();
        Q_EMIT statusChanged();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DeputiesPage::showProfile);
    new RowMenu(m_view, [this](QMenu* menu) { fillRowMenu(menu); });
}

QHBoxLayout* DeputiesPage::buildToolbar()
{
    auto* actions = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, unit, phone or pinyin"));
    m_search->setToolTip(tr("Search by name, unit, phone, pinyin or initials (e.g. zs)"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    actions->addWidget(m_search, 1);
    const auto button = [&](const QString& text, void (DeputiesPage::*slot)()) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    writeControls::mark(button(tr("Add…"), &DeputiesPage::addDeputy));
    m_edit = button(tr("Edit…"), &DeputiesPage::editDeputy);
    writeControls::mark(m_edit);
    writeControls::mark(button(tr("Import…"), &DeputiesPage::importRoster));
    button(tr("Export…"), &DeputiesPage::exportRoster);
    button(tr("Print roster…"), &DeputiesPage::printList);
    actions->addWidget(buildMoreButton());
    return actions;
}

QPushButton* DeputiesPage::buildMoreButton()
{
    // The rest, kept off the toolbar so that it fits a 1024-pixel screen: the selected deputy's
    // status and records elsewhere, the records a deputy makes alone, and the change of term.
    auto* records = new QPushButton(tr("More"), this);
    records->setObjectName(QStringLiteral("deputy-records"));
    auto* menu = new QMenu(records);
    menu->addAction(tr("Open profile…"), this, &DeputiesPage::showProfile);
    writeControls::mark(menu->addAction(tr("Change status…"), this, &DeputiesPage::changeStatus));
    menu->addAction(tr("Print archive…"), this, &DeputiesPage::printArchive);
    menu->addSeparator();
    menu->addAction(tr("Concerns and suggestions"), this, &DeputiesPage::showLoopItems);
    menu->addAction(tr("Activities"), this, &DeputiesPage::showActivities);
    writeControls::mark(menu->addAction(tr("Record leave…"), this, &DeputiesPage::recordLeave));
    menu->addSeparator();
    for (const auto& [code, text] :
         {std::pair{"social_report", QT_TR_NOOP("New social-conditions report…")},
          std::pair{"visit", QT_TR_NOOP("New visit to constituents…")},
          std::pair{"report_to_voters", QT_TR_NOOP("New report to constituents…")},
          std::pair{"other", QT_TR_NOOP("New other record…")}}) {
        const QString typeCode = QLatin1String(code);
        writeControls::mark(
            menu->addAction(tr(text), this, [this, typeCode] { recordOwnActivity(typeCode); }));
    }
    menu->addSeparator();
    writeControls::mark(menu->addAction(tr("New term…"), this, &DeputiesPage::startNewTerm));
    records->setMenu(menu);
    return records;
}

QWidget* DeputiesPage::buildFilters()
{
    auto* filterRow = new QWidget(this);
    auto* filters = new FlowLayout(filterRow);
    m_filterBar = new FilterBar(this);
    m_filterBar->watchSearch(m_search);
    const auto combo = [&](const QString& label) {
        auto* box = new QComboBox(filterRow);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the row wraps instead
        filters->addWidget(labelledFilter(label, box, filterRow));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
        m_filterBar->watch(label, box);
        return box;
    };
    m_level = combo(tr("Level"));
    m_term = combo(tr("Term"));
    m_township = combo(tr("Township"));
    m_station = combo(tr("Station"));
    m_status = combo(tr("Status"));
    m_cadre = combo(tr("Kind"));
    m_group = combo(tr("Group"));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillTerms();
    });
    return filterRow;
}

void DeputiesPage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    fillFilters();
    reload();
}

void DeputiesPage::fillFilters()
{
    m_filling = true;
    m_level->clear();
    m_level->addItem(tr("All levels"));
    for (registry::Level level : registry::allLevels())
        m_level->addItem(registry::levelName(level), int(level));
    m_township->clear();
    m_township->addItem(tr("All"));
    for (const registry::Township& township :
         listOrWarn(registry::TownshipStore(m_db).list(), this))
        m_township->addItem(township.name, township.id);
    m_station->clear();
    m_station->addItem(tr("All"));
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        m_station->addItem(row.station.name, row.station.id);
    m_status->clear();
    m_status->addItem(registry::statusName(registry::MembershipStatus::Active),
                      int(registry::MembershipStatus::Active));
    for (registry::MembershipStatus status :
         {registry::MembershipStatus::Terminated, registry::MembershipStatus::Resigned,
          registry::MembershipStatus::TermEnded})
        m_status->addItem(registry::statusName(status), int(status));
    m_status->addItem(tr("Any status"), -1);
    m_cadre->clear();
    m_cadre->addItem(tr("All"));
    m_cadre->addItem(tr("Cadre deputies"), true);
    m_cadre->addItem(tr("Grass-roots deputies"), false);
    m_group->clear();
    m_group->addItem(tr("All"));
    for (const registry::DeputyGroup& group : listOrWarn(registry::GroupStore(m_db).list(), this))
        m_group->addItem(group.name, group.id);
    m_filling = false;
    fillTerms();
}

void DeputiesPage::fillTerms()
{
    m_filling = true;
    m_term->clear();
    m_term->addItem(tr("Current"), 0);
    const QVariant level = m_level->currentData();
    if (level.isValid())
        for (const registry::Term& term : listOrWarn(registry::TermStore(m_db).list(), this))
            if (int(term.level) == level.toInt())
                m_term->addItem(tr("Term %1").arg(term.number), term.number);
    m_term->setEnabled(level.isValid());
    m_filling = false;
    reload();
}

registry::DeputyFilter DeputiesPage::filter() const
{
    registry::DeputyFilter filter;
    if (const QVariant level = m_level->currentData(); level.isValid())
        filter.level = registry::Level(level.toInt());
    filter.termNumber = m_term->currentData().toInt();
    filter.townshipId = m_township->currentData().toLongLong();
    filter.stationId = m_station->currentData().toLongLong();
    const int status = m_status->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional(registry::MembershipStatus(status));
    if (const QVariant cadre = m_cadre->currentData(); cadre.isValid())
        filter.cadre = cadre.toBool();
    filter.groupId = m_group->currentData().toLongLong();
    return filter;
}

void DeputiesPage::reload()
{
    if (!m_db.isValid())
        return;
    const registry::DeputyStore store(m_db);
    // The record worked on stays selected after an edit or a change of status.
    const qint64 kept = currentRow() ? currentRow()->membership.id : 0;
    m_model->setRows(listOrWarn(store.list(filter()), this));
    for (int row = 0; kept > 0 && row < m_model->rowCount(); ++row)
        if (m_model->row(row).membership.id == kept && m_view->selectSourceRow(row))
            break;
    // The boxes narrow what core reads: the whole list is read again only to be counted.
    const QComboBox* boxes[] = {m_level, m_term, m_township, m_station, m_status, m_cadre, m_group};
    const bool boxesInUse =
        std::any_of(std::begin(boxes), std::end(boxes),
                    [](const QComboBox* box) { return box->currentIndex() > 0; });
    m_wholeCount = boxesInUse ? int(store.list({}).valueOr({}).size()) : m_model->rowCount();
    updateFilterBar();
    Q_EMIT statusChanged();
}

void DeputiesPage::updateFilterBar()
{
    m_filterBar->update(m_proxy->rowCount(), m_wholeCount);
}

QString DeputiesPage::statusText() const
{
    return tr("%1 of %2 deputy memberships shown").arg(m_proxy->rowCount()).arg(m_wholeCount);
}

QList<registry::DeputyRow> DeputiesPage::shownRows() const
{
    QList<registry::DeputyRow> rows;
    for (int row : m_view->visibleSourceRows())
        rows << m_model->row(row);
    return rows;
}

const registry::DeputyRow* DeputiesPage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    return &m_model->row(m_proxy->mapToSource(index).row());
}

void DeputiesPage::addDeputy()
{
    DeputyDialog dialog(m_db, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT dataChanged();
    }
}

void DeputiesPage::editDeputy()
{
    if (const registry::DeputyRow* row = currentRow()) {
        DeputyDialog dialog(m_db, *row, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT dataChanged();
        }
    }
}

void DeputiesPage::changeStatus()
{
    if (const registry::DeputyRow* row = currentRow()) {
        StatusDialog dialog(m_db, *row, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT dataChanged();
        }
    }
}

void DeputiesPage::showProfile()
{
    if (const registry::DeputyRow* row = currentRow()) {
        DeputyProfileDialog dialog(m_db, row->deputy.id, this);
        dialog.exec();
        if (dialog.changed()) {
            reload();
            Q_EMIT dataChanged();
        }
    }
}

void DeputiesPage::importRoster()
{
    ImportDialog dialog(m_db, ImportDialog::Kind::Roster, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillFilters();
        reload();
        Q_EMIT dataChanged();
        Q_EMIT message(dialog.resultText());
    }
}

void DeputiesPage::startNewTerm()
{
    NewTermDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillFilters();
    reload();
    Q_EMIT dataChanged();
    Q_EMIT message(tr("Term %1 has started").arg(dialog.number()));
    if (!dialog.importRequested())
        return;
    ImportDialog import(m_db, ImportDialog::Kind::Roster, this);
    import.setTarget(dialog.level(), dialog.number());
    if (import.exec() == QDialog::Accepted) {
        fillFilters();
        reload();
        Q_EMIT dataChanged();
        Q_EMIT message(import.resultText());
    }
}

void DeputiesPage::exportRoster()
{
    if (confirmListOutput(this, m_filterBar, tr("Export the roster"),
                          [this] { return m_proxy->rowCount(); }))
        exportRosterWorkbook(this, m_db, shownRows());
}

void DeputiesPage::printList()
{
    if (confirmListOutput(this, m_filterBar, tr("Print the roster"),
                          [this] { return m_proxy->rowCount(); }))
        previewList(this, m_view, tr("Roster of Deputies"), m_db);
}

void DeputiesPage::fillRowMenu(QMenu* menu)
{
    const auto add = [&](const QString& text, void (DeputiesPage::*slot)(), const char* name) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    add(tr("Open profile…"), &DeputiesPage::showProfile, "open-archive");
    writeControls::mark(add(tr("Edit…"), &DeputiesPage::editDeputy, "edit"));
    writeControls::mark(add(tr("Change status…"), &DeputiesPage::changeStatus, "change-status"));
    writeControls::mark(add(tr("Record leave…"), &DeputiesPage::recordLeave, "record-leave"));
    menu->addSeparator();
    add(tr("Print archive…"), &DeputiesPage::printArchive, "print-archive");
    add(tr("Concerns and suggestions"), &DeputiesPage::showLoopItems, "loop-items");
    add(tr("Activities"), &DeputiesPage::showActivities, "activities");
}

void DeputiesPage::printArchive()
{
    if (const registry::DeputyRow* row = currentRow()) {
        SheetJob job;
        job.kind = SheetJob::Kind::Archive;
        job.deputyId = row->deputy.id;
        job.level = row->membership.level;
        printSheets(this, m_db, job);
    }
}

void DeputiesPage::showActivities()
{
    if (const registry::DeputyRow* row = currentRow())
        Q_EMIT activitiesRequested(row->deputy.id, row->deputy.name);
}

void DeputiesPage::recordLeave()
{
    const registry::DeputyRow* row = currentRow();
    if (!row) {
        QMessageBox::information(this, tr("Record leave"), tr("Select a deputy first."));
        return;
    }
    LeaveDialog dialog(m_db, row->deputy.id, row->deputy.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT dataChanged();
    Q_EMIT message(tr("Leave recorded for %1").arg(row->deputy.name));
}

void DeputiesPage::recordOwnActivity(const QString& typeCode)
{
    const registry::DeputyRow* row = currentRow();
    if (!row) {
        QMessageBox::information(this, tr("New record"), tr("Select a deputy first."));
        return;
    }
    ActivityDialog dialog(m_db, 0, this);
    dialog.presetDeputy(row->deputy.id, row->deputy.name, typeCode);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT dataChanged();
    Q_EMIT message(tr("Recorded for %1").arg(row->deputy.name));
}

void DeputiesPage::showLoopItems()
{
    if (const registry::DeputyRow* row = currentRow())
        Q_EMIT loopItemsRequested(row->deputy.id, row->deputy.name);
}

} // namespace dd::ui
