#include "ActivitiesPage.h"

#include "ActivityDialog.h"
#include "RosterEditor.h"
#include "activities/ActivityStore.h"
#include "common/BuiltInNames.h"
#include "common/Clock.h"
#include "common/Period.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/FilterBox.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RowMenu.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/ActivityActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace activities;

ActivitiesPage::ActivitiesPage(QWidget* parent)
    : RecordPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    m_filters = buildFilters();
    layout->addWidget(m_filters);
    m_filterBar = buildFilterBar();
    layout->addWidget(m_filterBar);

    m_model = new ActivityTableModel(this);
    m_listArea = buildListArea();

    m_roster = new RosterEditor(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listArea);
    m_stack->addWidget(m_roster);
    layout->addWidget(m_stack, 1);

    connectTabsAndRoster();
}

QHBoxLayout* ActivitiesPage::buildToolbar()
{
    auto* actions = new QHBoxLayout;
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Activities"));
    m_tabs->addTab(tr("Reception log"));
    m_tabs->addTab(tr("Duty roster"));
    m_tabs->setUsesScrollButtons(false); // every tab in sight, never behind an arrow
    actions->addWidget(m_tabs);
    actions->addStretch(1);
    const auto button = [&](const QString& text, void (ActivitiesPage::*slot)(), const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        m_listButtons << b;
        return b;
    };
    // One button for a new record, named after the list shown (a reception on the log).
    m_newButton = button(tr("New activity…"), &ActivitiesPage::newRecord, "new-activity");
    writeControls::mark(m_newButton);
    writeControls::mark(button(tr("Edit…"), &ActivitiesPage::editActivity, "edit-activity"));
    writeControls::mark(button(tr("Delete"), &ActivitiesPage::deleteActivity, "delete-activity"));
    button(tr("Print…"), &ActivitiesPage::printList, "print");
    button(tr("Export…"), &ActivitiesPage::exportList, "export");
    return actions;
}

QWidget* ActivitiesPage::buildListArea()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* lists = new QWidget(splitter);
    auto* listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    const char* keys[] = {"activities", "receptions"};
    for (int i = 0; i < 2; ++i) {
        m_proxies[i] = new ActivityFilterProxy(this);
        m_proxies[i]->setSourceModel(m_model);
        m_proxies[i]->setSortRole(ActivityTableModel::SortKeyRole);
        m_views[i] = new ListView(QLatin1String(keys[i]), lists);
        m_views[i]->setModel(m_proxies[i]);
        m_views[i]->setMaximumFittedWidth(260);
        m_views[i]->sortByColumn(ActivityTableModel::Date, Qt::DescendingOrder);
        listsLayout->addWidget(m_views[i]);
        connect(m_views[i]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ActivitiesPage::showCurrent);
        new RowMenu(m_views[i], [this](QMenu* menu) {
            writeControls::mark(menu->addAction(tr("Edit…"), this, &ActivitiesPage::editActivity));
            writeControls::mark(
                menu->addAction(tr("Delete…"), this, &ActivitiesPage::deleteActivity));
        });
        connect(m_views[i], &QAbstractItemView::doubleClicked, this, [this] {
            if (writeControls::ensureWritable(this))
                editActivity();
        });
    }
    m_views[Activities]->restoreColumns(
        {ActivityTableModel::Time, ActivityTableModel::Citizens, ActivityTableModel::Concerns});
    m_views[Receptions]->restoreColumns(
        {ActivityTableModel::Type, ActivityTableModel::Time, ActivityTableModel::Place,
         ActivityTableModel::Participants, ActivityTableModel::Leave, ActivityTableModel::Absent});
    m_views[Receptions]->hide();
    buildDetail(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void ActivitiesPage::buildDetail(QSplitter* splitter)
{
    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_particulars = new QLabel(detail);
    m_particulars->setObjectName(QStringLiteral("activity-particulars"));
    m_particulars->setWordWrap(true);
    m_particulars->setTextFormat(Qt::RichText);
    m_particulars->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_particulars);
    m_participants = new QTableWidget(0, 3, detail);
    m_participants->setObjectName(QStringLiteral("activity-participants"));
    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Attendance"), tr("Reason")});
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->verticalHeader()->hide();
    m_participants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    detailLayout->addWidget(m_participants, 1);
}

void ActivitiesPage::connectTabsAndRoster()
{
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        const bool roster = index == Roster;
        m_stack->setCurrentIndex(roster ? 1 : 0);
        m_filters->setVisible(!roster);
        if (roster)
            m_filterBar->hide();
        for (QWidget* b : std::as_const(m_listButtons))
            b->setVisible(!roster);
        if (!roster) {
            m_views[Activities]->setVisible(index == Activities);
            m_views[Receptions]->setVisible(index == Receptions);
            m_type->setEnabled(index == Activities);
            m_newButton->setText(index == Receptions ? tr("New reception…") : tr("New activity…"));
            applyFilters();
            showCurrent();
        }
        Q_EMIT statusChanged();
    });
    connect(m_roster, &RosterEditor::activitiesChanged, this, [this] {
        reload();
        Q_EMIT dataChanged();
    });
    connect(m_roster, &RosterEditor::message, this, &ActivitiesPage::message);
}

QWidget* ActivitiesPage::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new FlowLayout(bar);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Title, place, organiser or participant"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    row->addWidget(m_search);
    m_deputy = new QPushButton(bar);
    m_deputy->setObjectName(QStringLiteral("deputy-filter"));
    m_deputy->setToolTip(tr("Click to show every deputy's activities"));
    m_deputy->hide();
    connect(m_deputy, &QPushButton::clicked, this, [this] { setDeputyFilter(0); });
    row->addWidget(m_deputy);
    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("year"));
    m_period = new QLineEdit(bar);
    m_period->setPlaceholderText(tr("Period: 2026Q3, 2026-07"));
    m_type = new QComboBox(bar);
    m_station = new QComboBox(bar);
    m_township = new QComboBox(bar);
    m_attendance = new QComboBox(bar);
    m_attendance->addItem(tr("Any attendance"), QVariant());
    for (Attendance a : {Attendance::Present, Attendance::Leave, Attendance::Absent})
        m_attendance->addItem(attendanceName(a), int(a));
    m_attendance->setToolTip(
        tr("With a deputy chosen: their attendance; otherwise activities where anyone had it"));
    row->addWidget(m_year);
    m_period->setMinimumWidth(160);
    row->addWidget(m_period);
    for (QComboBox* box : {m_type, m_station, m_township, m_attendance}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ActivitiesPage::applyFilters);
    }
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ActivitiesPage::applyFilters);
    connect(m_period, &QLineEdit::textChanged, this, &ActivitiesPage::applyFilters);
    return bar;
}

void ActivitiesPage::fillFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_year), QSignalBlocker(m_type),
                                       QSignalBlocker(m_station), QSignalBlocker(m_township)};
    const int keptYear =
        m_year->currentData().isValid() ? m_year->currentData().toInt() : Clock::today().year();
    m_year->clear();
    for (int year = Clock::today().year() + 1; year >= Clock::today().year() - 9; --year)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(keptYear)));
    QList<QPair<QString, QVariant>> types, stations, townships;
    for (const ActivityType& type : listOrWarn(ActivityStore(m_db).types(), this))
        types.append({builtInName(type.name), type.id});
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        stations.append({row.station.name, row.station.id});
    for (const registry::Township& township :
         listOrWarn(registry::TownshipStore(m_db).list(), this))
        townships.append({township.name, township.id});
    refillFilterBox(m_type, tr("Any type"), types);
    refillFilterBox(m_station, tr("Any station"), stations);
    refillFilterBox(m_township, tr("Any township"), townships);
}

void ActivitiesPage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    fillFilters();
    m_roster->setDatabase(m_db);
    // The year's activities load when the page is first shown.
    m_stale = true;
    if (isVisible())
        reload();
}

void ActivitiesPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void ActivitiesPage::reload()
{
    if (!m_db.isValid())
        return;
    m_stale = false;
    const Activity* current = currentActivity();
    const qint64 selected = current ? current->id : 0;
    const int year = m_year->currentData().toInt();
    ActivityFilter filter;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);
    // Townships concerned: a station's, and each participant's (district, else station).
    QHash<qint64, qint64> stationTownship;
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        stationTownship.insert(row.station.id, row.station.townshipId);
    QHash<qint64, qint64> townshipOf;
    registry::DeputyFilter everyone;
    everyone.status.reset();
    for (const registry::DeputyRow& row :
         listOrWarn(registry::DeputyStore(m_db).list(everyone), this))
        if (!townshipOf.contains(row.deputy.id) || row.membership.townshipId > 0)
            townshipOf.insert(row.deputy.id, row.membership.townshipId > 0
                                                 ? row.membership.townshipId
                                                 : stationTownship.value(row.stationId));
    m_model->setActivities({}, {}, {}); // never two copies at once
    m_model->setActivities(listOrWarn(ActivityStore(m_db).list(filter), this), townshipOf,
                           stationTownship);
    applyFilters();
    if (!selectActivity(selected))
        showCurrent();
}

void ActivitiesPage::applyFilters()
{
    ActivityListFilter filter;
    filter.search = m_search->text();
    filter.typeId = m_type->currentData().toLongLong();
    filter.stationId = m_station->currentData().toLongLong();
    filter.townshipId = m_township->currentData().toLongLong();
    filter.deputyId = m_deputyId;
    if (m_attendance->currentData().isValid())
        filter.attendance = Attendance(m_attendance->currentData().toInt());
    const QString periodText = m_period->text().trimmed();
    const auto period = Period::parse(periodText);
    if (period && !periodText.isEmpty()) {
        filter.from = period->start;
        filter.to = period->end;
    }
    m_period->setStyleSheet(periodText.isEmpty() || period ? QString() : palette::errorText());
    m_proxies[Activities]->setFilter(filter);
    filter.typeId = 0;
    filter.receptionsOnly = true;
    m_proxies[Receptions]->setFilter(filter);
    if (currentTab() != Roster)
        m_filterBar->update(proxy()->rowCount(), unfilteredCount());
    Q_EMIT statusChanged();
}

FilterBar* ActivitiesPage::buildFilterBar()
{
    auto* bar = new FilterBar(this);
    bar->watchSearch(m_search);
    bar->watch(
        tr("Deputy"), [this] { return m_deputyId > 0 ? m_deputyName : QString(); },
        [this] {
            m_deputyId = 0;
            m_deputy->hide();
        });
    bar->watch(tr("Period"), m_period);
    // The type narrows the activities only: the reception log is one type already.
    bar->watch(
        tr("Type"),
        [this] {
            return currentTab() == Activities && m_type->currentIndex() > 0 ? m_type->currentText()
                                                                            : QString();
        },
        [this] { m_type->setCurrentIndex(0); });
    bar->watch(tr("Station"), m_station);
    bar->watch(tr("Township"), m_township);
    bar->watch(tr("Attendance"), m_attendance);
    connect(bar, &FilterBar::cleared, this, &ActivitiesPage::applyFilters);
    return bar;
}

// The rows of the list shown with no filter: the year's activities, or its receptions.
int ActivitiesPage::unfilteredCount() const
{
    if (currentTab() != Receptions)
        return m_model->rowCount();
    int receptions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        receptions += m_model->activity(row).isReception() ? 1 : 0;
    return receptions;
}

ListView* ActivitiesPage::view() const
{
    return m_views[m_tabs->currentIndex() == Receptions ? Receptions : Activities];
}

ActivityFilterProxy* ActivitiesPage::proxy() const
{
    return m_proxies[m_tabs->currentIndex() == Receptions ? Receptions : Activities];
}

ActivitiesPage::Tab ActivitiesPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ActivitiesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ActivitiesPage::setYear(int year)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
}

void ActivitiesPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

void ActivitiesPage::setPeriod(const QString& text)
{
    m_period->setText(text);
}

void ActivitiesPage::setDeputyFilter(qint64 deputyId, const QString& name)
{
    m_deputyId = deputyId;
    m_deputyName = name;
    m_deputy->setText(tr("Deputy: %1 ✕").arg(name));
    m_deputy->setVisible(deputyId > 0);
    if (deputyId > 0 && currentTab() == Roster)
        showTab(Activities);
    applyFilters();
}

QString ActivitiesPage::statusText() const
{
    if (currentTab() == Roster)
        return tr("Duty roster of %1").arg(m_roster->month().toString(QStringLiteral("yyyy-MM")));
    const ActivityFilterProxy* shown = proxy();
    int participations = 0;
    for (int row = 0; row < shown->rowCount(); ++row)
        participations += int(
            m_model->activity(shown->mapToSource(shown->index(row, 0)).row()).participants.size());
    return tr("%1 of %2 activities in %3 shown; %4 participations")
        .arg(shown->rowCount())
        .arg(m_model->rowCount())
        .arg(m_year->currentData().toInt())
        .arg(participations);
}

bool ActivitiesPage::selectActivity(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0 || !view()->selectSourceRow(row))
        return false;
    showCurrent();
    return true;
}

const Activity* ActivitiesPage::currentActivity() const
{
    if (currentTab() == Roster)
        return nullptr;
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? &m_model->activity(proxy()->mapToSource(index).row()) : nullptr;
}

void ActivitiesPage::showCurrent()
{
    const Activity* a = currentActivity();
    m_participants->setRowCount(0);
    if (!a) {
        m_particulars->setText(tr("Select an activity to see who took part."));
        return;
    }
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3")
                       .arg(a->title.toHtmlEscaped(), a->date.toString(Qt::ISODate),
                            builtInName(a->typeName).toHtmlEscaped());
    const auto line = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<br>%1: %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Place"), a->place);
    line(tr("Organiser"), a->organiser);
    line(tr("Station"), a->stationName);
    if (a->isReception())
        line(tr("Citizens received"), QString::number(a->citizensReceived));
    if (!a->itemIds.isEmpty())
        line(tr("Concerns recorded"), QString::number(a->itemIds.size()));
    line(tr("Notes"), a->notes);
    html += QStringLiteral("<br>") + tr("%1 present, %2 on leave, %3 absent")
                                         .arg(a->count(Attendance::Present))
                                         .arg(a->count(Attendance::Leave))
                                         .arg(a->count(Attendance::Absent))
                                         .toHtmlEscaped();
    m_particulars->setText(html);
    m_participants->setRowCount(int(a->participants.size()));
    for (int row = 0; row < a->participants.size(); ++row) {
        const Participant& p = a->participants.at(row);
        auto* attendance = new QTableWidgetItem(attendanceName(p.attendance));
        if (p.attendance != Attendance::Present)
            attendance->setForeground(p.attendance == Attendance::Absent ? palette::error()
                                                                         : palette::warning());
        m_participants->setItem(row, 0, new QTableWidgetItem(p.deputyName));
        m_participants->setItem(row, 1, attendance);
        m_participants->setItem(row, 2, new QTableWidgetItem(p.reason));
    }
    m_participants->resizeColumnsToContents();
}

void ActivitiesPage::afterWrite(qint64 selectId)
{
    reload();
    selectActivity(selectId);
    Q_EMIT dataChanged();
}

void ActivitiesPage::recordActivity()
{
    ActivityDialog dialog(m_db, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(dialog.activityId());
    Q_EMIT message(tr("Activity recorded"));
}

void ActivitiesPage::recordReception()
{
    ActivityDialog dialog(m_db, 0, this);
    dialog.presetType(QLatin1String(kReceptionType));
    if (const qint64 station = m_station->currentData().toLongLong(); station > 0)
        dialog.presetStation(station);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(dialog.activityId());
    Q_EMIT message(tr("Reception recorded"));
}

void ActivitiesPage::editActivity()
{
    const Activity* a = currentActivity();
    if (!a) {
        QMessageBox::information(this, tr("Change activity"), tr("Select an activity first."));
        return;
    }
    ActivityDialog dialog(m_db, a->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(dialog.activityId());
    Q_EMIT message(tr("Activity changed"));
}

void ActivitiesPage::deleteActivity()
{
    const Activity* a = currentActivity();
    if (!a)
        return;
    const qint64 id = a->id;
    bool given = false;
    const QString reason = QInputDialog::getText(
        this, tr("Delete activity"),
        tr("Delete “%1” of %2 (%n participant(s))?\nIt stays in the operator log. Why is it "
           "deleted?",
           nullptr, int(a->participants.size()))
            .arg(a->title, a->date.toString(Qt::ISODate)),
        QLineEdit::Normal, QString(), &given);
    if (!given)
        return;
    if (const Outcome outcome = usecase::removeActivity(m_db, id, reason); !outcome.ok()) {
        QMessageBox::warning(this, tr("Delete activity"), outcome.text());
        return;
    }
    afterWrite(0);
    m_roster->reload();
    Q_EMIT message(tr("Activity deleted"));
}

void ActivitiesPage::newRecord()
{
    if (currentTab() == Receptions)
        recordReception();
    else
        recordActivity();
}

void ActivitiesPage::printList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentTab() == Receptions ? tr("Print the reception log")
                                                      : tr("Print the activities"),
                           [this] { return proxy()->rowCount(); }))
        return;
    previewList(this, view(),
                currentTab() == Receptions ? tr("Reception Log") : tr("Activities of Deputies"),
                m_db);
}

void ActivitiesPage::exportList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentTab() == Receptions ? tr("Export the reception log")
                                                      : tr("Export the activities"),
                           [this] { return proxy()->rowCount(); }))
        return;
    exportViewWorkbook(
        this, view(),
        currentTab() == Receptions ? tr("Reception Log") : tr("Activities of Deputies"), m_db);
}

} // namespace dd::ui
