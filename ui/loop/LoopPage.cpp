#include "LoopPage.h"

#include "ItemDialog.h"
#include "LoopDetailPane.h"
#include "LoopPaper.h"
#include "StepDialog.h"
#include "common/BuiltInNames.h"
#include "common/Clock.h"
#include "common/Period.h"
#include "common/TextNormalize.h"
#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "registry/StationStore.h"
#include "registry/TownshipStore.h"
#include "ui/imports/ImportDialog.h"
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
#include "usecases/LoopActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace dd::ui {

using namespace loop;

LoopPage::LoopPage(QWidget* parent)
    : RecordPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* actions = new QHBoxLayout;
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Citizens' concerns"));
    m_tabs->addTab(tr("Deputies' suggestions"));
    m_tabs->setUsesScrollButtons(false); // both ledgers in sight, never behind an arrow
    actions->addWidget(m_tabs);
    actions->addStretch(1);
    const auto button = [&](const QString& text, void (LoopPage::*slot)(), const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    // One button for a new record, named after the ledger shown.
    m_newButton = button(tr("New concern…"), &LoopPage::newRecord, "new-concern");
    writeControls::mark(m_newButton);
    writeControls::mark(
        button(tr("Dispatch selected…"), &LoopPage::dispatchSelected, "batch-dispatch"));
    writeControls::mark(button(tr("Extend selected…"), &LoopPage::extendSelected, "batch-extend"));
    // The paper of the items selected (or, with none selected, of the items shown).
    auto* paper = new QPushButton(tr("Print"), this);
    paper->setObjectName(QStringLiteral("print"));
    auto* menu = new QMenu(paper);
    const auto print = [&](const QString& text, void (LoopPage::*slot)(), const char* name) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
    };
    print(tr("The ledger shown…"), &LoopPage::printList, "print-ledger");
    print(tr("Dispatch notices…"), &LoopPage::printDispatchNotices, "print-dispatch-notices");
    print(tr("Feedback forms…"), &LoopPage::printFeedbackForms, "print-feedback-forms");
    print(tr("Public notice (masked)…"), &LoopPage::printPublicNotice, "print-public-notice");
    paper->setMenu(menu);
    actions->addWidget(paper);
    button(tr("Export…"), &LoopPage::exportList, "export");
    layout->addLayout(actions);
    layout->addWidget(buildFilters());
    layout->addWidget(m_filterBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);
    const char* keys[] = {"concerns", "suggestions"};
    for (int i = 0; i < 2; ++i) {
        Ledger& ledger = m_ledgers[i];
        ledger.model = new LoopTableModel(i == 0 ? ItemKind::Concern : ItemKind::Suggestion, this);
        ledger.proxy = new LoopFilterProxy(this);
        ledger.proxy->setSourceModel(ledger.model);
        ledger.proxy->setSortRole(LoopTableModel::SortKeyRole);
        ledger.view = new ListView(QLatin1String(keys[i]), m_stack);
        ledger.view->setModel(ledger.proxy);
        ledger.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        ledger.view->setMaximumFittedWidth(220);
        ledger.view->sortByColumn(LoopTableModel::Serial, Qt::DescendingOrder);
        ledger.view->restoreColumns({LoopTableModel::Station, LoopTableModel::Raised,
                                     LoopTableModel::Dispatched, LoopTableModel::Round,
                                     LoopTableModel::KeySupervision});
        m_stack->addWidget(ledger.view);
        connect(ledger.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &LoopPage::showCurrentItem);
        new RowMenu(ledger.view, [this](QMenu* menu) { fillRowMenu(menu); });
    }
    m_detail = new LoopDetailPane(splitter);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Two thirds for the ledger, so that at 1024 pixels its concern or title is in view beside
    // the number, the step and the due date; the clerk can drag the pane wider.
    splitter->setSizes({2000, 1000});
    layout->addWidget(splitter, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, &LoopPage::ledgerChanged);
    connect(m_detail, &LoopDetailPane::stepRequested, this, &LoopPage::takeStep);
    connect(m_detail, &LoopDetailPane::excellentToggled, this, &LoopPage::toggleExcellent);
    connect(m_detail, &LoopDetailPane::stepWithdrawn, this, [this](qint64 id) {
        afterWrite(id);
        Q_EMIT message(tr("Step withdrawn"));
    });
}

QWidget* LoopPage::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new FlowLayout(bar);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Number, title, text, citizen, deputy or agency"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    row->addWidget(m_search);
    m_deputy = new QPushButton(bar);
    m_deputy->setObjectName(QStringLiteral("deputy-filter"));
    m_deputy->setToolTip(tr("Click to show every deputy's items"));
    m_deputy->hide();
    connect(m_deputy, &QPushButton::clicked, this, [this] {
        m_deputyId = 0;
        showDeputyFilter();
        applyFilters();
    });
    row->addWidget(m_deputy);
    m_show = new QComboBox(bar);
    m_show->addItem(tr("All items"), int(Show::All));
    m_show->addItem(tr("Still open"), int(Show::Open));
    m_show->addItem(tr("Overdue"), int(Show::Overdue));
    m_show->addItem(tr("Due soon"), int(Show::DueSoon));
    m_show->addItem(tr("Overdue or due soon"), int(Show::Late));
    m_show->addItem(tr("Unsatisfied"), int(Show::Unsatisfied));
    m_show->addItem(tr("Key supervision"), int(Show::KeySupervision));
    m_state = new QComboBox(bar);
    m_category = new QComboBox(bar);
    m_agency = new QComboBox(bar);
    m_township = new QComboBox(bar);
    m_station = new QComboBox(bar);
    m_period = new QLineEdit(bar);
    m_period->setPlaceholderText(tr("Period: 2026, 2026Q3, 2026-07"));
    for (QComboBox* box : {m_show, m_state, m_category, m_agency, m_township, m_station}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &LoopPage::applyFilters);
    }
    m_period->setMinimumWidth(160);
    row->addWidget(m_period);
    m_filterBar = new FilterBar(this);
    m_filterBar->watchSearch(m_search);
    m_filterBar->watch(
        tr("Deputy"), [this] { return m_deputyId > 0 ? m_deputyName : QString(); },
        [this] {
            m_deputyId = 0;
            showDeputyFilter();
        });
    const std::pair<QString, QComboBox*> boxes[] = {
        {tr("Show"), m_show},     {tr("Step"), m_state},        {tr("Category"), m_category},
        {tr("Agency"), m_agency}, {tr("Township"), m_township}, {tr("Station"), m_station}};
    for (const auto& [label, box] : boxes)
        m_filterBar->watch(label, box);
    m_filterBar->watch(tr("Period"), m_period);
    connect(m_filterBar, &FilterBar::cleared, this, [this] {
        applyFilters();
        showChanged();
    });
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_show->setMinimumWidth(m_show->sizeHint().width());
    connect(m_show, &QComboBox::currentIndexChanged, this, &LoopPage::showChanged);
    connect(m_search, &QLineEdit::textChanged, this, &LoopPage::applyFilters);
    connect(m_period, &QLineEdit::textChanged, this, &LoopPage::applyFilters);
    return bar;
}

void LoopPage::fillFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_state), QSignalBlocker(m_category),
                                       QSignalBlocker(m_agency), QSignalBlocker(m_township),
                                       QSignalBlocker(m_station)};
    QList<QPair<QString, QVariant>> states, categoryEntries, agencies, townships, stations;
    for (State state : {State::Pointed, State::AnsweredOnSpot, State::Merged, State::Referred,
                        State::Declined, State::AwaitingDispatch, State::Dispatched, State::Replied,
                        State::Evaluated, State::Closed})
        states.append({capitalised(stateName(state)), int(state)});
    for (const QString& category : categories(m_db))
        categoryEntries.append({builtInName(category), category});
    for (const Agency& agency : listOrWarn(AgencyStore(m_db).list(), this))
        agencies.append({agency.name, agency.id});
    for (const registry::Township& township :
         listOrWarn(registry::TownshipStore(m_db).list(), this))
        townships.append({township.name, township.id});
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        stations.append({row.station.name, row.station.id});
    refillFilterBox(m_state, tr("Any step"), states);
    refillFilterBox(m_category, tr("Any category"), categoryEntries);
    refillFilterBox(m_agency, tr("Any agency"), agencies);
    refillFilterBox(m_township, tr("Any township"), townships);
    refillFilterBox(m_station, tr("Any station"), stations);
}

void LoopPage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    m_detail->setDatabase(m_db);
    fillFilters();
    // The ledgers load when first shown: the window opens without reading every item.
    m_stale = true;
    if (isVisible())
        reload();
}

void LoopPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void LoopPage::reload()
{
    if (!m_db.isValid())
        return;
    m_stale = false;
    const qint64 selected = m_detail->itemId();
    LoopStore store(m_db);
    const QDate today = Clock::today();
    for (int i = 0; i < 2; ++i) {
        ItemFilter filter;
        filter.kind = i == 0 ? ItemKind::Concern : ItemKind::Suggestion;
        m_ledgers[i].model->setItems({}, store.deadlines(), today); // never two copies at once
        m_ledgers[i].model->setItems(listOrWarn(store.list(filter), this), store.deadlines(),
                                     today);
    }
    applyFilters();
    if (!selectItem(selected))
        showCurrentItem();
}

void LoopPage::applyFilters()
{
    LoopFilter filter;
    filter.search = m_search->text();
    switch (Show(m_show->currentData().toInt())) {
    case Show::All:
        break;
    case Show::Open:
        filter.openOnly = true;
        break;
    case Show::Overdue:
        filter.overdue = true;
        break;
    case Show::DueSoon:
        filter.dueSoon = true;
        break;
    case Show::Late:
        filter.overdue = filter.dueSoon = true;
        break;
    case Show::Unsatisfied:
        filter.unsatisfied = true;
        break;
    case Show::KeySupervision:
        filter.keySupervision = true;
        break;
    }
    if (m_state->currentData().isValid())
        filter.state = State(m_state->currentData().toInt());
    filter.category = m_category->currentData().toString();
    filter.agencyId = m_agency->currentData().toLongLong();
    filter.townshipId = m_township->currentData().toLongLong();
    filter.stationId = m_station->currentData().toLongLong();
    filter.deputyId = m_deputyId;
    const auto period = Period::parse(m_period->text().trimmed());
    if (period && !m_period->text().trimmed().isEmpty()) {
        filter.from = period->start;
        filter.to = period->end;
    }
    m_period->setStyleSheet(m_period->text().trimmed().isEmpty() || period ? QString()
                                                                           : palette::errorText());
    const Ledger& ledger = current();
    ledger.proxy->setFilter(filter);
    m_filterBar->update(ledger.proxy->rowCount(), ledger.model->rowCount());
    Q_EMIT statusChanged();
}

LoopPage::FilterState LoopPage::filterState() const
{
    FilterState state;
    state.search = m_search->text();
    state.period = m_period->text();
    const QComboBox* boxes[] = {m_show, m_state, m_category, m_agency, m_township, m_station};
    for (int i = 0; i < 6; ++i)
        state.boxes[i] = boxes[i]->currentData();
    state.deputyId = m_deputyId;
    state.deputyName = m_deputyName;
    return state;
}

void LoopPage::restoreFilterState(const FilterState& state)
{
    QComboBox* boxes[] = {m_show, m_state, m_category, m_agency, m_township, m_station};
    for (int i = 0; i < 6; ++i) {
        const QSignalBlocker blocker(boxes[i]);
        boxes[i]->setCurrentIndex(std::max(0, boxes[i]->findData(state.boxes[i])));
    }
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker periodBlocker(m_period);
    m_search->setText(state.search);
    m_period->setText(state.period);
    m_deputyId = state.deputyId;
    m_deputyName = state.deputyName;
    showDeputyFilter();
}

void LoopPage::ledgerChanged(int index)
{
    m_ledgers[m_shownLedger].filters = filterState();
    m_shownLedger = index;
    restoreFilterState(m_ledgers[index].filters);
    m_stack->setCurrentIndex(index);
    m_newButton->setText(currentKind() == ItemKind::Concern ? tr("New concern…")
                                                            : tr("New suggestion…"));
    applyFilters();
    showCurrentItem();
}

void LoopPage::showDeputyFilter()
{
    m_deputy->setText(tr("Deputy: %1 ✕").arg(m_deputyName));
    m_deputy->setVisible(m_deputyId > 0);
}

const LoopPage::Ledger& LoopPage::current() const
{
    return m_ledgers[m_tabs->currentIndex() == 1 ? 1 : 0];
}

ListView* LoopPage::view() const
{
    return current().view;
}

LoopTableModel* LoopPage::model() const
{
    return current().model;
}

LoopFilterProxy* LoopPage::proxy() const
{
    return current().proxy;
}

ItemKind LoopPage::currentKind() const
{
    return m_tabs->currentIndex() == 1 ? ItemKind::Suggestion : ItemKind::Concern;
}

void LoopPage::showLedger(ItemKind kind)
{
    m_tabs->setCurrentIndex(kind == ItemKind::Suggestion ? 1 : 0);
}

void LoopPage::setShow(Show show)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
}

void LoopPage::showChanged()
{
    // What is late is read most urgent first.
    const auto show = Show(m_show->currentData().toInt());
    const bool late = show == Show::Overdue || show == Show::DueSoon || show == Show::Late;
    current().view->sortByColumn(late ? LoopTableModel::Due : LoopTableModel::Serial,
                                 late ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void LoopPage::showLate(ItemKind kind, bool dueSoon)
{
    showLedger(kind);
    m_filterBar->clear();
    setShow(dueSoon ? Show::DueSoon : Show::Overdue);
}

void LoopPage::setDeputyFilter(qint64 deputyId, const QString& name)
{
    // A deputy's items are asked for in both ledgers.
    for (Ledger& ledger : m_ledgers) {
        ledger.filters.deputyId = deputyId;
        ledger.filters.deputyName = name;
    }
    m_deputyId = deputyId;
    m_deputyName = name;
    showDeputyFilter();
    applyFilters(); // the other ledger's when it is shown
}

void LoopPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

QString LoopPage::statusText() const
{
    const Ledger& ledger = current();
    int overdue = 0;
    int dueSoon = 0;
    for (int row = 0; row < ledger.proxy->rowCount(); ++row) {
        const Urgency urgency =
            ledger.model->urgency(ledger.proxy->mapToSource(ledger.proxy->index(row, 0)).row());
        overdue += urgency == Urgency::Overdue;
        dueSoon += urgency == Urgency::DueSoon;
    }
    return tr("%1 of %2 shown; %3 overdue, %4 due soon")
        .arg(ledger.proxy->rowCount())
        .arg(ledger.model->rowCount())
        .arg(overdue)
        .arg(dueSoon);
}

bool LoopPage::selectItem(qint64 itemId)
{
    if (itemId <= 0)
        return false;
    for (int i = 0; i < 2; ++i) {
        const int row = m_ledgers[i].model->rowOf(itemId);
        if (row < 0)
            continue;
        showLedger(i == 0 ? ItemKind::Concern : ItemKind::Suggestion);
        if (!m_ledgers[i].view->selectSourceRow(row))
            return false;
        showCurrentItem();
        return true;
    }
    return false;
}

void LoopPage::showCurrentItem()
{
    const Ledger& ledger = current();
    const QModelIndex index = ledger.view->currentIndex();
    const qint64 id =
        index.isValid() ? ledger.model->item(ledger.proxy->mapToSource(index).row()).id : 0;
    m_detail->showItem(id);
    // The clerk moved on: the item kept after a step goes where the filters put it.
    if (id > 0 && ledger.proxy->pinned() > 0 && id != ledger.proxy->pinned()) {
        ledger.proxy->setPinned(0);
        m_filterBar->update(ledger.proxy->rowCount(), ledger.model->rowCount());
    }
}

QList<Item> LoopPage::selectedItems() const
{
    const Ledger& ledger = current();
    QList<Item> items;
    for (const QModelIndex& index : ledger.view->selectionModel()->selectedRows())
        items << ledger.model->item(ledger.proxy->mapToSource(index).row());
    return items;
}

void LoopPage::fillRowMenu(QMenu* menu)
{
    // The steps the item allows now, as the detail pane offers them, then its paper.
    for (StepKind kind : m_detail->offeredSteps()) {
        QAction* step = menu->addAction(stepName(kind) + QStringLiteral("…"), this,
                                        [this, kind] { takeStep(kind); });
        step->setObjectName(QStringLiteral("step-") + code(kind));
        writeControls::mark(step);
    }
    menu->addSeparator();
    menu->addAction(tr("Dispatch notice…"), this, &LoopPage::printDispatchNotices)
        ->setObjectName(QStringLiteral("dispatch-notice"));
    menu->addAction(tr("Feedback form…"), this, &LoopPage::printFeedbackForms)
        ->setObjectName(QStringLiteral("feedback-form"));
}

void LoopPage::afterWrite(qint64 selectId)
{
    // The item stays in the list, selected, until the clerk moves on, even if the step took it
    // out of what the filter shows (a due-soon item just replied to).
    for (Ledger& ledger : m_ledgers)
        ledger.proxy->setPinned(selectId);
    reload();
    selectItem(selectId);
    Q_EMIT dataChanged();
    const Ledger& ledger = current();
    const int row = ledger.model->rowOf(selectId);
    if (row >= 0 && !ledger.proxy->matches(row))
        Q_EMIT message(
            tr("%1 no longer matches the filters (now: %2); it stays in the list "
               "until you select another item")
                .arg(ledger.model->item(row).serial, stateName(ledger.model->item(row).state)));
}

void LoopPage::recordConcern()
{
    ItemDialog dialog(m_db, ItemKind::Concern, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(dialog.itemId());
    Q_EMIT message(tr("Recorded concern %1").arg(dialog.serial()));
}

void LoopPage::recordSuggestion()
{
    ItemDialog dialog(m_db, ItemKind::Suggestion, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(dialog.itemId());
    Q_EMIT message(tr("Recorded suggestion %1").arg(dialog.serial()));
}

void LoopPage::takeStep(StepKind kind)
{
    const auto& item = m_detail->item();
    if (!item)
        return;
    StepDialog dialog(m_db, kind, {*item}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterWrite(item->id);
    Q_EMIT message(tr("%1: %2 recorded").arg(item->serial, stepName(kind)));
}

void LoopPage::dispatchSelected()
{
    const QList<Item> items = selectedItems();
    if (items.isEmpty()) {
        QMessageBox::information(this, tr("Dispatch"),
                                 tr("Select the items awaiting dispatch in the ledger first."));
        return;
    }
    StepDialog dialog(m_db, StepKind::Dispatch, items, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite(items.first().id);
        Q_EMIT message(tr("%n item(s) dispatched", nullptr, int(items.size())));
    }
}

void LoopPage::extendSelected()
{
    const QList<Item> items = selectedItems();
    if (items.isEmpty()) {
        QMessageBox::information(this, tr("Extension"),
                                 tr("Select the items whose extension is approved first."));
        return;
    }
    StepDialog dialog(m_db, StepKind::Extend, items, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite(items.first().id);
        Q_EMIT message(tr("%n extension(s) approved", nullptr, int(items.size())));
    }
}

void LoopPage::toggleExcellent()
{
    const auto& item = m_detail->item();
    if (!item)
        return;
    const Outcome outcome =
        usecase::markExcellent(m_db, item->id, !item->excellent, Clock::today());
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Excellent suggestion"), outcome.text());
        return;
    }
    afterWrite(item->id);
}

void LoopPage::printList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentKind() == ItemKind::Concern ? tr("Print the concerns")
                                                              : tr("Print the suggestions"),
                           [this] { return proxy()->rowCount(); }))
        return;
    previewList(this, view(),
                currentKind() == ItemKind::Concern ? tr("Ledger of Citizens' Concerns")
                                                   : tr("Ledger of Deputies' Suggestions"),
                m_db);
}

void LoopPage::newRecord()
{
    if (currentKind() == ItemKind::Concern)
        recordConcern();
    else
        recordSuggestion();
}

void LoopPage::importLedger()
{
    ImportDialog dialog(m_db, ImportDialog::Kind::Suggestions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillFilters(); // new agencies and categories
    afterWrite(0);
    showLedger(ItemKind::Suggestion);
    Q_EMIT message(dialog.resultText());
}

void LoopPage::exportList()
{
    if (!confirmListOutput(this, m_filterBar,
                           currentKind() == ItemKind::Concern ? tr("Export the concerns")
                                                              : tr("Export the suggestions"),
                           [this] { return proxy()->rowCount(); }))
        return;
    QList<Item> items;
    for (int row : view()->visibleSourceRows())
        items << model()->item(row);
    exportLedgerWorkbook(this, m_db, currentKind(), items);
}

QList<Item> LoopPage::paperItems() const
{
    QList<Item> items = selectedItems();
    if (items.size() <= 1) {
        items.clear();
        for (int row : view()->visibleSourceRows())
            items << model()->item(row);
    }
    return items;
}

void LoopPage::printDispatchNotices()
{
    previewDispatchNotices(this, m_db, paperItems());
}

void LoopPage::printFeedbackForms()
{
    // One form is the common case: the item just replied to.
    const QList<Item> selected = selectedItems();
    previewFeedbackForms(this, m_db, selected.isEmpty() ? paperItems() : selected);
}

void LoopPage::printPublicNotice()
{
    previewPublicNotice(this, m_db, paperItems());
}

} // namespace dd::ui
