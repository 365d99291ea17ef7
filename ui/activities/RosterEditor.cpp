#include "RosterEditor.h"

#include "RosterDayDialog.h"
#include "activities/RosterStore.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/DocumentText.h"
#include "common/Period.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "report/DutyRosterDocument.h"
#include "ui/shell/WriteControls.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordPicker.h"
#include "usecases/ActivityActions.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace activities;

namespace {

constexpr int DateRole = Qt::UserRole;
const QColor kRecorded(0xdc, 0xef, 0xdc);
const QColor kPlanned(0xe3, 0xec, 0xf8);
const QColor kShort(0xf8, 0xd7, 0xd7);

} // namespace

RosterEditor::RosterEditor(QWidget* parent)
    : QWidget(parent)
    , m_month(Clock::today().addDays(1 - Clock::today().day()))
{
    auto* layout = new QVBoxLayout(this);
    const Toolbar toolbar = buildToolbar();
    layout->addWidget(toolbar.widget);

    layout->addLayout(buildBody(), 1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("roster-problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(palette::errorText());
    layout->addWidget(m_problems);
    auto* legend = new QLabel(tr("Blue: planned. Green: recorded as a reception. Double-click a "
                                 "day to change who is on duty."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(legend);

    connect(toolbar.previous, &QPushButton::clicked, this,
            [this] { setMonth(m_month.addMonths(-1)); });
    connect(toolbar.next, &QPushButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->clear();
        reload();
    });
    connect(m_calendar, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QDate date = m_calendar->item(row, column)->data(DateRole).toDate();
        if (date.isValid() && writeControls::ensureWritable(this))
            editDay(date);
    });
}

RosterEditor::Toolbar RosterEditor::buildToolbar()
{
    // The bar wraps on a narrow screen; the month's arrows and the plan's settings stay together.
    auto* barRow = new QWidget(this);
    auto* bar = new FlowLayout(barRow);
    const auto group = [&] {
        auto* together = new QWidget(barRow);
        auto* row = new QHBoxLayout(together);
        row->setContentsMargins(0, 0, 0, 0);
        bar->addWidget(together);
        return row;
    };
    m_station = new RecordPicker(this);
    m_station->setObjectName(QStringLiteral("roster-station"));
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_station->setMinimumContentsLength(16);
    bar->addWidget(m_station);
    auto* previous = new QPushButton(QStringLiteral("◀"), this);
    previous->setToolTip(tr("Previous month"));
    m_monthLabel = new QLabel(this);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_monthLabel->setMinimumWidth(
        m_monthLabel->fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) + 16);
    auto* next = new QPushButton(QStringLiteral("▶"), this);
    next->setToolTip(tr("Next month"));
    for (QPushButton* arrow : {previous, next})
        arrow->setMaximumWidth(arrow->fontMetrics().horizontalAdvance(QStringLiteral("◀")) + 24);
    QHBoxLayout* month = group();
    month->addWidget(previous);
    month->addWidget(m_monthLabel);
    month->addWidget(next);
    m_span = new QComboBox(this);
    m_span->addItem(tr("This month"), int(Span::Month));
    m_span->addItem(tr("This quarter"), int(Span::Quarter));
    m_span->addItem(tr("This year"), int(Span::Year));
    m_required = new QSpinBox(this);
    m_required->setRange(1, 9);
    m_required->setValue(RosterOptions().required);
    m_required->setSuffix(tr(" a day"));
    QHBoxLayout* planning = group();
    planning->addWidget(new QLabel(tr("Plan:"), this));
    planning->addWidget(m_span);
    planning->addWidget(m_required);
    buildToolbarButtons(bar, planning);
    return {barRow, previous, next};
}

void RosterEditor::buildToolbarButtons(FlowLayout* bar, QHBoxLayout* planning)
{
    const auto button = [&](QHBoxLayout* row, const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        if (row)
            row->addWidget(b);
        else
            bar->addWidget(b);
        return b;
    };
    writeControls::mark(button(planning, tr("Plan roster…"), "plan-roster",
                               [this] { plan(Span(m_span->currentData().toInt())); }));
    writeControls::mark(button(nullptr, tr("Record completed duties"), "record-duties",
                               [this] { recordCompleted(); }));
    button(nullptr, tr("Print…"), "print-roster", [this] { printRoster(); });
    button(nullptr, tr("Export…"), "export-roster", [this] { exportRoster(); });
}

QHBoxLayout* RosterEditor::buildBody()
{
    auto* body = new QHBoxLayout;
    m_calendar = new QTableWidget(6, 7, this);
    m_calendar->setObjectName(QStringLiteral("roster-calendar"));
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->setWordWrap(true);
    QStringList weekdays;
    for (int day = 1; day <= 7; ++day)
        weekdays << QLocale().dayName(day, QLocale::ShortFormat);
    m_calendar->setHorizontalHeaderLabels(weekdays);
    body->addWidget(m_calendar, 3);
    m_load = new QTableWidget(0, 2, this);
    m_load->setObjectName(QStringLiteral("roster-load"));
    m_load->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_load->verticalHeader()->hide();
    m_load->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_load->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    body->addWidget(m_load, 1);
    return body;
}

void RosterEditor::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    const QSignalBlocker blocker(m_station);
    const qint64 kept = m_station->currentId();
    QList<std::pair<QString, qint64>> entries;
    for (const registry::StationRow& row : listOrWarn(registry::StationStore(m_db).list(), this))
        if (!row.station.receptionRule.isEmpty())
            entries.append({row.station.name + QStringLiteral("（") + row.station.receptionRule +
                                QStringLiteral("）"),
                            row.station.id});
    m_station->setEntries(entries);
    m_station->setCurrentIndex(std::max(0, m_station->findData(kept)));
    reload();
}

qint64 RosterEditor::stationId() const
{
    return m_station->currentData().toLongLong();
}

void RosterEditor::setStation(qint64 stationId)
{
    m_station->setCurrentIndex(std::max(0, m_station->findData(stationId)));
}

void RosterEditor::setMonth(const QDate& firstOfMonth)
{
    const bool otherYear = firstOfMonth.year() != m_month.year();
    m_month = firstOfMonth.addDays(1 - firstOfMonth.day());
    if (otherYear)
        reload();
    else
        showMonth();
}

void RosterEditor::reload()
{
    if (!m_db.isValid())
        return;
    m_year = valueOrWarn(RosterStore(m_db).load(stationId(), QDate(m_month.year(), 1, 1),
                                                QDate(m_month.year(), 12, 31)),
                         this);
    showMonth();
    showLoad();
}

void RosterEditor::showMonth()
{
    m_monthLabel->setText(QLocale().toString(m_month, tr("MMMM yyyy")));
    QHash<QDate, const RosterDay*> days;
    for (const RosterDay& day : m_year.days)
        days.insert(day.date, &day);
    const int required = m_required->value();
    const QDate first = m_month.addDays(1 - m_month.dayOfWeek());
    for (int cell = 0; cell < 42; ++cell) {
        const QDate date = first.addDays(cell);
        auto* item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (date.month() == m_month.month()) {
            item->setData(DateRole, date);
            QStringList lines{QString::number(date.day())};
            if (const RosterDay* day = days.value(date)) {
                for (qint64 id : day->deputyIds)
                    lines << m_year.names.value(id);
                if (day->activityId > 0)
                    lines.first() += QStringLiteral("  ✓");
                item->setBackground(day->activityId > 0                ? kRecorded
                                    : day->deputyIds.size() < required ? kShort
                                                                       : kPlanned);
                item->setToolTip(day->activityId > 0
                                     ? tr("Recorded as reception %1").arg(day->activityId)
                                     : tr("Planned; double-click to change"));
            }
            item->setText(lines.join(QLatin1Char('\n')));
        } else {
            item->setFlags(Qt::NoItemFlags);
        }
        m_calendar->setItem(cell / 7, cell % 7, item);
    }
}

void RosterEditor::showLoad()
{
    // Duties in the year so far against the yearly minimum; short ones first.
    const int minimum = RosterOptions().yearlyMinimum;
    QList<qint64> ids = m_year.names.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return m_year.load.value(a) != m_year.load.value(b)
                   ? m_year.load.value(a) < m_year.load.value(b)
                   : m_year.names.value(a) < m_year.names.value(b);
    });
    m_load->setRowCount(int(ids.size()));
    m_load->setHorizontalHeaderLabels({tr("Deputy"), tr("Duties %1").arg(m_month.year())});
    for (int row = 0; row < ids.size(); ++row) {
        const int load = m_year.load.value(ids.at(row));
        m_load->setItem(row, 0, new QTableWidgetItem(m_year.names.value(ids.at(row))));
        auto* count = new QTableWidgetItem(QStringLiteral("%1/%2").arg(load).arg(minimum));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (load < minimum)
            count->setForeground(palette::error());
        m_load->setItem(row, 1, count);
    }
}

std::pair<QDate, QDate> RosterEditor::spanDates(Span span) const
{
    switch (span) {
    case Span::Month:
        return {m_month, m_month.addMonths(1).addDays(-1)};
    case Span::Quarter: {
        const QDate start(m_month.year(), (m_month.month() - 1) / 3 * 3 + 1, 1);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Span::Year:
        return {QDate(m_month.year(), 1, 1), QDate(m_month.year(), 12, 31)};
    }
    return {};
}

QString RosterEditor::spanLabel(Span span) const
{
    const auto [from, to] = spanDates(span);
    const QString text =
        span == Span::Month
            ? QStringLiteral("%1-%2").arg(from.year()).arg(from.month(), 2, 10, QLatin1Char('0'))
        : span == Span::Quarter
            ? QStringLiteral("%1Q%2").arg(from.year()).arg((from.month() + 2) / 3)
            : QString::number(from.year());
    const auto period = Period::parse(text);
    return period ? period->label(
                        DocumentText(registry::OfficeSettings(m_db).documentLanguage()).chinese())
                  : text;
}

void RosterEditor::plan(Span span, bool confirm)
{
    const auto [from, to] = spanDates(span);
    RosterStore store(m_db);
    if (confirm && store.hasDays(stationId(), from, to) &&
        QMessageBox::question(this, tr("Plan roster"),
                              tr("A roster is saved for %1 – %2. Replace its days not yet "
                                 "recorded as receptions?")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))) !=
            QMessageBox::Yes)
        return;
    RosterOptions options;
    options.required = m_required->value();
    const RosterPlanner planner(m_db, calendar::CalendarStore(m_db).load());
    const auto roster = planner.plan(stationId(), from, to, options);
    if (!roster) {
        QMessageBox::warning(this, tr("Plan roster"), roster.error());
        return;
    }
    if (const Outcome saved = usecase::saveRoster(m_db, *roster); !saved.ok()) {
        QMessageBox::warning(this, tr("Plan roster"), saved.text());
        return;
    }
    m_problems->setText(roster->problems.join(QLatin1Char('\n')));
    Q_EMIT message(tr("%n reception day(s) planned", nullptr, int(roster->days.size())));
    reload();
}

void RosterEditor::recordCompleted()
{
    RecordedDuties recorded;
    const QDate until = std::min(Clock::today(), QDate(m_month.year(), 12, 31));
    const Outcome outcome = usecase::recordCompletedDuties(
        m_db, stationId(), QDate(m_month.year(), 1, 1), until, &recorded);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Record completed duties"), outcome.text());
        return;
    }
    Q_EMIT message(
        tr("%n reception(s) recorded up to %1", nullptr, int(recorded.activityIds.size()))
            .arg(QLocale().toString(until, QLocale::ShortFormat)));
    reload();
    if (!recorded.activityIds.isEmpty() || !recorded.alreadyRecorded.isEmpty())
        Q_EMIT activitiesChanged();
}

void RosterEditor::editDay(const QDate& date)
{
    RosterDayDialog dialog(m_db, m_year, date, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

// The roster printed or exported; nullopt, after saying why, when it cannot be read (an empty
// roster on paper would pass for "nobody on duty").
std::optional<Roster> RosterEditor::monthRoster() const
{
    const auto [from, to] = spanDates(Span(m_span->currentData().toInt()));
    auto roster = RosterStore(m_db).load(stationId(), from, to);
    if (!roster) {
        warnReadFailure(this, roster.error());
        return std::nullopt;
    }
    return std::move(*roster);
}

void RosterEditor::printRoster()
{
    const auto roster = monthRoster();
    if (!roster)
        return;
    if (previewReport(this, report::dutyRosterReport(
                                m_db, *roster, spanLabel(Span(m_span->currentData().toInt())))))
        recordDisclosure(this, m_db,
                         {usecase::Disclosure::Document::List,
                          int(roster->days.size()),
                          {},
                          false,
                          tr("Duty roster")});
}

void RosterEditor::exportRoster()
{
    const QString path = askSavePath(this, tr("Export roster"),
                                     m_station->currentText().section(QStringLiteral("（"), 0, 0) +
                                         QStringLiteral(".xlsx"),
                                     tr("Excel workbook (*.xlsx)"));
    const auto roster = path.isEmpty() ? std::nullopt : monthRoster();
    if (!roster)
        return;
    if (const Outcome written = report::writeDutyRoster(
            m_db, *roster, spanLabel(Span(m_span->currentData().toInt())), path);
        !written.ok()) {
        QMessageBox::warning(this, tr("Export roster"), written.text());
        return;
    }
    recordDisclosure(this, m_db,
                     {usecase::Disclosure::Document::List, int(roster->days.size()), path, false,
                      tr("Duty roster")});
    Q_EMIT message(tr("Roster written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace dd::ui
