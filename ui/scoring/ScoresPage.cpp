#include "ScoresPage.h"

#include "ScoringRulesDialog.h"
#include "SheetPrinting.h"
#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/GroupStore.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"
#include "ui/registry/StatusDialog.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/FilterBox.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace scoring;

namespace {

bool screenChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

ScoresPage::ScoresPage(QWidget* parent)
    : RecordPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    layout->addWidget(buildFilters());
    m_filterBar = buildFilterBar();
    layout->addWidget(m_filterBar);

    layout->addWidget(buildListsAndTrace(), 1);

    connect(m_views[Scores]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScoresPage::showTrace);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_period->setVisible(index == Scores);
        m_date->setVisible(index == Gaps);
        m_year->setVisible(index == Scores);
        m_tracePane->setVisible(index == Scores);
        updateFilterBar();
        Q_EMIT statusChanged();
    });
    m_date->hide();
}

QHBoxLayout* ScoresPage::buildToolbar()
{
    auto* actions = new QHBoxLayout;
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Scores"));
    m_tabs->addTab(tr("Behind pace"));
    actions->addWidget(m_tabs);
    actions->addStretch(1);
    const auto button = [&](const QString& text, void (ScoresPage::*slot)(), const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    writeControls::mark(button(tr("Scoring rules…"), &ScoresPage::editRules, "rules"));
    actions->addWidget(buildSheetsButton());
    button(tr("Print…"), &ScoresPage::printList, "print");
    button(tr("Export…"), &ScoresPage::exportList, "export");
    return actions;
}

QPushButton* ScoresPage::buildSheetsButton()
{
    auto* sheets = new QPushButton(tr("Sheets"), this);
    sheets->setObjectName(QStringLiteral("sheets"));
    auto* sheetMenu = new QMenu(sheets);
    sheetMenu->addAction(tr("Sheet of the selected deputy…"), this, &ScoresPage::printSheet)
        ->setObjectName(QStringLiteral("print-sheet"));
    sheetMenu
        ->addAction(tr("Sheets of everyone in the selection…"), this,
                    &ScoresPage::printSelectionSheets)
        ->setObjectName(QStringLiteral("print-sheets"));
    // The order a batch comes out in: the official one (surname strokes) unless chosen.
    sheetMenu->addSection(tr("Order of the sheets"));
    m_sheetOrder = new QActionGroup(sheetMenu);
    for (const auto& [order, text] :
         {std::pair{ScoreOrder::Strokes, QT_TR_NOOP("By surname strokes")},
          std::pair{ScoreOrder::Station, QT_TR_NOOP("By station")},
          std::pair{ScoreOrder::Rank, QT_TR_NOOP("By rank")}}) {
        QAction* action = sheetMenu->addAction(tr(text));
        action->setCheckable(true);
        action->setChecked(order == ScoreOrder::Strokes);
        action->setData(int(order));
        m_sheetOrder->addAction(action);
    }
    sheets->setMenu(sheetMenu);
    return sheets;
}

QWidget* ScoresPage::buildListsAndTrace()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);
    m_scores = new ScoreTableModel(this);
    m_gaps = new GapTableModel(this);
    QAbstractItemModel* models[2] = {m_scores, m_gaps};
    const char* keys[] = {"scores", "gaps"};
    for (int i = 0; i < 2; ++i) {
        m_proxies[i] = new QSortFilterProxyModel(this);
        m_proxies[i]->setSourceModel(models[i]);
        m_proxies[i]->setSortRole(ScoreTableModel::SortKeyRole);
        m_proxies[i]->setFilterKeyColumn(-1);
        m_proxies[i]->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_views[i] = new ListView(QLatin1String(keys[i]), m_stack);
        m_views[i]->setModel(m_proxies[i]);
        m_views[i]->setMaximumFittedWidth(190);
        m_stack->addWidget(m_views[i]);
    }
    m_views[Scores]->sortByColumn(ScoreTableModel::Rank, Qt::AscendingOrder);
    m_views[Scores]->restoreColumns({ScoreTableModel::Township});
    m_views[Gaps]->sortByColumn(GapTableModel::Township, Qt::AscendingOrder);
    m_views[Gaps]->restoreColumns();
    auto* trace = buildTracePane(splitter);
    splitter->addWidget(m_stack);
    splitter->addWidget(trace);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget* ScoresPage::buildTracePane(QSplitter* splitter)
{
    auto* trace = new QWidget(splitter);
    m_tracePane = trace;
    auto* traceLayout = new QVBoxLayout(trace);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    m_traceTitle = new QLabel(trace);
    m_traceTitle->setObjectName(QStringLiteral("trace-title"));
    m_traceTitle->setWordWrap(true);
    m_traceTitle->setTextFormat(Qt::RichText);
    traceLayout->addWidget(m_traceTitle);
    m_trace = new QTableWidget(0, 4, trace);
    m_trace->setObjectName(QStringLiteral("trace"));
    m_trace->setHorizontalHeaderLabels({tr("Date"), tr("Item"), tr("Record"), tr("Points")});
    m_trace->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    keepHeaderTextReadable(m_trace->horizontalHeader());
    m_trace->verticalHeader()->hide();
    m_trace->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trace->setWordWrap(false);
    traceLayout->addWidget(m_trace, 1);
    m_statusButton = new QPushButton(tr("Confirm the end of status…"), trace);
    m_statusButton->setObjectName(QStringLiteral("confirm-status"));
    writeControls::mark(m_statusButton);
    m_statusButton->hide();
    connect(m_statusButton, &QPushButton::clicked, this, &ScoresPage::confirmStatusChange);
    traceLayout->addWidget(m_statusButton);
    return trace;
}

QWidget* ScoresPage::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new FlowLayout(bar);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Name, township or station"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    row->addWidget(m_search);
    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("year"));
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("period"));
    m_date = new QDateEdit(Clock::today(), bar);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The day the pace is measured at"));
    row->addWidget(m_year);
    row->addWidget(m_period);
    row->addWidget(m_date);
    m_township = new QComboBox(bar);
    m_station = new QComboBox(bar);
    m_level = new QComboBox(bar);
    m_group = new QComboBox(bar);
    m_kind = new QComboBox(bar);
    for (QComboBox* box : {m_township, m_station, m_level, m_group, m_kind}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ScoresPage::markStale);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_period), static_cast<QWidget*>(m_date)})
        w->setMinimumWidth(w->fontMetrics().horizontalAdvance(QStringLiteral("2026年第三季度")) +
                           40);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ScoresPage::fillPeriods);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ScoresPage::markStale);
    connect(m_date, &QDateEdit::dateChanged, this, &ScoresPage::markStale);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (QSortFilterProxyModel* proxy : m_proxies)
            proxy->setFilterFixedString(text.trimmed());
        updateFilterBar();
        Q_EMIT statusChanged();
    });
    return bar;
}

FilterBar* ScoresPage::buildFilterBar()
{
    auto* bar = new FilterBar(this);
    bar->watchSearch(m_search);
    const std::pair<QString, QComboBox*> boxes[] = {{tr("Township"), m_township},
                                                    {tr("Station"), m_station},
                                                    {tr("Level"), m_level},
                                                    {tr("Group"), m_group},
                                                    {tr("Kind"), m_kind}};
    for (const auto& [label, box] : boxes)
        bar->watch(label, box);
    connect(bar, &FilterBar::cleared, this, [this] {
        for (QSortFilterProxyModel* proxy : m_proxies)
            proxy->setFilterFixedString(QString());
        markStale();
        updateFilterBar();
    });
    return bar;
}

void ScoresPage::updateFilterBar()
{
    m_filterBar->update(proxy()->rowCount(), m_everyone[currentTab()]);
}

void ScoresPage::fillFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_year),    QSignalBlocker(m_township),
                                       QSignalBlocker(m_station), QSignalBlocker(m_level),
                                       QSignalBlocker(m_group),   QSignalBlocker(m_kind)};
    const int today = Clock::today().year();
    const int keptYear = m_year->currentData().isValid() ? m_year->currentData().toInt() : today;
    m_year->clear();
    for (int year = today; year >= today - 9; --year)
        m_year->addItem(screenChinese() ? QStringLiteral("%1年").arg(year) : QString::number(year),
                        QVariant(year));
    m_year->setCurrentIndex(std::max(0, m_year->findData(keptYear)));
    QList<QPair<QString, QVariant>> townships, stations, levels, groups;
    for (const registry::Township& township :
         listOrWarn(registry::TownshipStore(m_db).list(), this))
        townships.append({township.name, township.id});
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        stations.append({row.station.name, row.station.id});
    for (registry::Level level : registry::allLevels())
        levels.append({registry::levelName(level), int(level)});
    for (const registry::DeputyGroup& group : listOrWarn(registry::GroupStore(m_db).list(), this))
        groups.append({group.name, group.id});
    refillFilterBox(m_township, tr("Any township"), townships);
    refillFilterBox(m_station, tr("Any station"), stations);
    refillFilterBox(m_level, tr("Every level"), levels);
    refillFilterBox(m_group, tr("Any group"), groups);
    refillFilterBox(m_kind, tr("Any kind"),
                    {{tr("Cadre deputies"), true}, {tr("Grass-roots deputies"), false}});
    fillPeriods();
}

void ScoresPage::fillPeriods()
{
    // The year, its halves, quarters and months; the quarter in progress is chosen first.
    const int year = m_year->currentData().toInt();
    const QString kept = m_period->currentData().toString().mid(4);
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    const auto add = [&](const Period& period) {
        m_period->addItem(period.label(screenChinese()), period.code());
    };
    add(Period::of(Period::Kind::Year, year, 0));
    for (int half = 1; half <= 2; ++half)
        add(Period::of(Period::Kind::HalfYear, year, half));
    for (int quarter = 1; quarter <= 4; ++quarter)
        add(Period::of(Period::Kind::Quarter, year, quarter));
    for (int month = 1; month <= 12; ++month)
        add(Period::of(Period::Kind::Month, year, month));
    int index = m_period->findData(QString(QString::number(year) + kept));
    if (kept.isEmpty() || index < 0)
        index = m_period->findData(
            Period::containing(Period::Kind::Quarter, std::min(Clock::today(), QDate(year, 12, 31)))
                .code());
    m_period->setCurrentIndex(std::max(0, index));
    markStale();
}

void ScoresPage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    fillFilters();
    markStale();
}

void ScoresPage::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void ScoresPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

Selection ScoresPage::selection() const
{
    Selection s;
    s.townshipId = m_township->currentData().toLongLong();
    s.stationId = m_station->currentData().toLongLong();
    s.groupId = m_group->currentData().toLongLong();
    if (m_level->currentData().isValid())
        s.level = registry::Level(m_level->currentData().toInt());
    if (m_kind->currentData().isValid())
        s.cadre = m_kind->currentData().toBool();
    return s;
}

void ScoresPage::reload()
{
    if (!m_db.isValid())
        return;
    m_stale = false;
    const DeputyScore* current = currentScore();
    const std::pair<qint64, registry::Level> kept =
        current ? std::pair{current->member.deputyId, current->member.level}
                : std::pair{qint64(0), registry::Level::County};
    const auto period = Period::parse(periodCode());
    m_scores->setRows({});
    m_everyone[Scores] = m_everyone[Gaps] = 0;
    if (period) {
        auto scores = ScoreEngine(m_db).scores(*period, selection(), &m_everyone[Scores]);
        if (scores)
            m_scores->setRows(std::move(*scores));
        else if (scores.failure().kind == Outcome::Kind::Storage) // a term is simply not scored
            warnReadFailure(this, scores.error());
    }
    m_gaps->setRows(
        listOrWarn(gapReport(m_db, m_date->date(), selection(), &m_everyone[Gaps]), this));
    if (!selectDeputy(kept.first, kept.second))
        showTrace();
    updateFilterBar();
    Q_EMIT statusChanged();
}

QString ScoresPage::periodCode() const
{
    return m_period->currentData().toString();
}

void ScoresPage::setPeriod(const QString& code)
{
    const auto period = Period::parse(code);
    if (!period)
        return;
    if (m_year->findData(period->year) < 0)
        m_year->addItem(QString::number(period->year), period->year);
    m_year->setCurrentIndex(m_year->findData(period->year));
    m_period->setCurrentIndex(std::max(0, m_period->findData(period->code())));
}

void ScoresPage::setGapDate(const QDate& date)
{
    m_date->setDate(date);
}

void ScoresPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

ListView* ScoresPage::view() const
{
    return m_views[currentTab()];
}

QSortFilterProxyModel* ScoresPage::proxy() const
{
    return m_proxies[currentTab()];
}

ScoresPage::Tab ScoresPage::currentTab() const
{
    return m_tabs->currentIndex() == Gaps ? Gaps : Scores;
}

void ScoresPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QString ScoresPage::statusText() const
{
    if (currentTab() == Gaps)
        return tr("%1 of %2 minimums behind pace on %3 shown")
            .arg(m_proxies[Gaps]->rowCount())
            .arg(m_gaps->rowCount())
            .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat));
    int alerts = 0;
    for (const DeputyScore& s : m_scores->rows())
        alerts += s.alert ? 1 : 0;
    return tr("%1 of %2 scores of %3 shown; %4 Deputies-Law alert(s)")
        .arg(m_proxies[Scores]->rowCount())
        .arg(m_scores->rowCount())
        .arg(m_period->currentText())
        .arg(alerts);
}

bool ScoresPage::selectDeputy(qint64 deputyId, std::optional<registry::Level> level)
{
    for (int row = 0; deputyId > 0 && row < m_scores->rowCount(); ++row) {
        const ScoredMember& m = m_scores->row(row).member;
        if (m.deputyId != deputyId || (level && m.level != *level))
            continue;
        const QModelIndex index = m_proxies[Scores]->mapFromSource(m_scores->index(row, 0));
        if (!index.isValid())
            return false;
        m_views[Scores]->setCurrentIndex(index);
        m_views[Scores]->scrollTo(index, QAbstractItemView::PositionAtCenter);
        showTrace();
        return true;
    }
    return false;
}

const DeputyScore* ScoresPage::currentScore() const
{
    const QModelIndex index = m_views[Scores]->currentIndex();
    return index.isValid() ? &m_scores->row(m_proxies[Scores]->mapToSource(index).row()) : nullptr;
}

void ScoresPage::showTrace()
{
    m_trace->setRowCount(0);
    const DeputyScore* s = currentScore();
    m_statusButton->setVisible(s && s->alert);
    if (!s) {
        m_traceTitle->setText(tr("Select a deputy to see where every point comes from."));
        return;
    }
    const auto period = Period::parse(periodCode());
    QList<TraceLine> lines;
    for (const ScoreTrace& trace :
         listOrWarn(ScoreEngine(m_db).explain(s->member.deputyId, *period), this))
        if (trace.score.member.level == s->member.level)
            lines = trace.lines;
    QString title = tr("<b>%1</b> (%2), %3: %4 points (absences included), %5 deducted for missed "
                       "minimums; total <b>%6</b>, %7")
                        .arg(s->member.name.toHtmlEscaped(), registry::levelName(s->member.level),
                             m_period->currentText(), pointsText(s->periodPoints),
                             pointsText(s->periodDeductions), pointsText(s->total),
                             QString(displayName(s->grade) +
                                     (s->provisional ? tr(" (provisional)") : QString()))
                                 .toHtmlEscaped());
    if (s->gradeCapped)
        title += QStringLiteral("<br>") +
                 tr("The grade is capped by an unexcused absence from a congress session.");
    if (s->alert)
        title += QStringLiteral("<br><span style='color:%1'>%2</span>")
                     .arg(palette::error().name(),
                          tr("%n unexcused session absence(s) this term: under the Deputies Law "
                             "the deputy's status ends. Confirm it as a status change.",
                             nullptr, s->sessionAbsencesTerm)
                              .toHtmlEscaped());
    m_traceTitle->setText(title);
    m_trace->setRowCount(int(lines.size()) + 1);
    const auto set = [&](int row, int column, const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
        if (column == 3)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_trace->setItem(row, column, item);
    };
    for (int row = 0; row < lines.size(); ++row) {
        const TraceLine& line = lines.at(row);
        set(row, 0, line.date.isValid() ? line.date.toString(Qt::ISODate) : QString());
        set(row, 1, line.itemName.isEmpty() ? QString() : displayName(line.itemName));
        set(row, 2,
            line.label +
                (line.note.isEmpty() ? QString() : QStringLiteral("（%1）").arg(line.note)));
        set(row, 3, (line.points > 0 ? QStringLiteral("+") : QString()) + pointsText(line.points),
            line.rulePoints != line.points
                ? tr("The rule gives %1").arg(pointsText(line.rulePoints))
                : QString());
        if (line.points < 0)
            m_trace->item(row, 3)->setForeground(palette::error());
    }
    set(int(lines.size()), 2, tr("Total"));
    set(int(lines.size()), 3, pointsText(s->total));
    QFont bold = m_trace->font();
    bold.setBold(true);
    m_trace->item(int(lines.size()), 2)->setFont(bold);
    m_trace->item(int(lines.size()), 3)->setFont(bold);
    m_trace->resizeColumnToContents(0);
    m_trace->resizeColumnToContents(1);
    m_trace->resizeColumnToContents(3);
}

void ScoresPage::editRules()
{
    ScoringRulesDialog dialog(m_db, m_year->currentData().toInt(), this);
    dialog.exec();
    if (dialog.saved()) {
        reload();
        Q_EMIT dataChanged();
    }
}

ScoreOrder ScoresPage::sheetOrder() const
{
    return ScoreOrder(m_sheetOrder->checkedAction()->data().toInt());
}

void ScoresPage::setSheetOrder(ScoreOrder order)
{
    for (QAction* action : m_sheetOrder->actions())
        action->setChecked(action->data().toInt() == int(order));
}

SheetJob ScoresPage::sheetJob() const
{
    SheetJob job;
    job.period = Period::parse(periodCode()).valueOr(Period());
    job.selection = selection();
    job.order = sheetOrder();
    return job;
}

void ScoresPage::printSheet()
{
    const DeputyScore* s = currentScore();
    if (!s) {
        QMessageBox::information(this, tr("Sheets"), tr("Select a deputy in the table first."));
        return;
    }
    SheetJob job = sheetJob();
    job.selection = {};
    job.selection.deputyId = s->member.deputyId;
    job.selection.level = s->member.level;
    printSheets(this, m_db, job);
}

void ScoresPage::printSelectionSheets()
{
    printSheets(this, m_db, sheetJob());
}

void ScoresPage::printList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentTab() == Gaps ? tr("Print the deputies behind pace")
                                                : tr("Print the scores"),
                           [this] { return proxy()->rowCount(); }))
        return;
    previewList(this, view(),
                currentTab() == Gaps
                    ? tr("Deputies Behind Pace")
                    : m_period->currentText() + QLatin1Char(' ') + tr("Performance Scores"),
                m_db);
}

void ScoresPage::exportList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentTab() == Gaps ? tr("Export the deputies behind pace")
                                                : tr("Export the scores"),
                           [this] { return proxy()->rowCount(); }))
        return;
    QList<DeputyScore> shownScores;
    QList<Gap> shownGaps;
    for (int row : view()->visibleSourceRows()) {
        if (currentTab() == Gaps)
            shownGaps << m_gaps->rows().at(row);
        else
            shownScores << m_scores->row(row);
    }
    if (currentTab() == Gaps)
        exportGapsWorkbook(this, m_db, shownGaps, m_date->date());
    else
        exportScoresWorkbook(this, m_db, shownScores, periodCode());
}

void ScoresPage::confirmStatusChange()
{
    const DeputyScore* s = currentScore();
    if (!s)
        return;
    registry::DeputyFilter filter;
    filter.level = s->member.level;
    filter.termNumber = s->member.termNumber;
    filter.status.reset();
    for (const registry::DeputyRow& row :
         listOrWarn(registry::DeputyStore(m_db).list(filter), this)) {
        if (row.deputy.id != s->member.deputyId)
            continue;
        StatusDialog dialog(m_db, row, this);
        // Under the Deputies Law two absences without leave from the sessions end the status.
        dialog.statusField()->setCurrentIndex(std::max(
            0, dialog.statusField()->findData(int(registry::MembershipStatus::Terminated))));
        dialog.reasonField()->setText(tr("Absent twice from the congress sessions without leave"));
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT dataChanged();
        }
        return;
    }
}

} // namespace dd::ui
