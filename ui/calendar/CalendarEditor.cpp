#include "CalendarEditor.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "ui/widgets/Palette.h"
#include "usecases/SettingsActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
enum Column { DateColumn, KindColumn, NameColumn };
}

CalendarEditor::CalendarEditor(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* importButton = new QPushButton(tr("Import from a file…"), this);
    top->addWidget(importButton);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Days off on weekdays are holidays; weekend days worked are "
                                    "make-up workdays. Other days follow the week."),
                                 this));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a day"), this);
    auto* remove = new QPushButton(tr("Remove selected"), this);
    auto* save = new QPushButton(tr("Save this year"), this);
    save->setObjectName(QStringLiteral("save-calendar"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarEditor::showYear);
    connect(add, &QPushButton::clicked, this, [this] {
        addDay({QDate(m_year->value(), 1, 1), calendar::CalendarDay::Kind::Holiday, QString()});
        m_table->scrollToBottom();
    });
    connect(remove, &QPushButton::clicked, this, &CalendarEditor::removeSelected);
    connect(save, &QPushButton::clicked, this, &CalendarEditor::save);
    connect(importButton, &QPushButton::clicked, this, &CalendarEditor::chooseFile);
    m_year->setValue(Clock::today().year());
    showYear(m_year->value());
}

void CalendarEditor::showYear(int year)
{
    m_table->setRowCount(0);
    const calendar::WorkingCalendar calendar = calendar::CalendarStore(m_db).load();
    for (const calendar::CalendarDay& day : calendar.days())
        if (day.date.year() == year)
            addDay(day);
    setMessage(calendar.hasYear(year)
                   ? QString()
                   : tr("%1 has no holiday calendar yet: due dates count weekends only.").arg(year),
               false);
}

void CalendarEditor::addDay(const calendar::CalendarDay& day)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* date = new QDateEdit(day.date, m_table);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    auto* kind = new QComboBox(m_table);
    kind->addItem(tr("Holiday"), int(calendar::CalendarDay::Kind::Holiday));
    kind->addItem(tr("Make-up workday"), int(calendar::CalendarDay::Kind::Workday));
    kind->setCurrentIndex(day.kind == calendar::CalendarDay::Kind::Workday ? 1 : 0);
    m_table->setCellWidget(row, DateColumn, date);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(day.name));
    m_table->resizeColumnToContents(DateColumn);
    m_table->resizeColumnToContents(KindColumn);
}

void CalendarEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
}

int CalendarEditor::year() const
{
    return m_year->value();
}

QList<calendar::CalendarDay> CalendarEditor::days() const
{
    QList<calendar::CalendarDay> days;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* date = static_cast<QDateEdit*>(m_table->cellWidget(row, DateColumn));
        const auto* kind = static_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        days.append({date->date(), calendar::CalendarDay::Kind(kind->currentData().toInt()),
                     name ? name->text().trimmed() : QString()});
    }
    return days;
}

bool CalendarEditor::save()
{
    const QList<calendar::CalendarDay> rows = days();
    const Outcome outcome = usecase::saveCalendarYear(m_db, year(), rows);
    if (!outcome.ok()) {
        setMessage(outcome.text(), true);
        return false;
    }
    setMessage(tr("The %1 calendar is saved: %n day(s).", nullptr, int(rows.size())).arg(year()),
               false);
    return true;
}

bool CalendarEditor::importFile(const QString& path)
{
    const Outcome outcome = usecase::importCalendar(m_db, path);
    if (!outcome.ok()) {
        setMessage(outcome.text(), true);
        return false;
    }
    showYear(m_year->value());
    setMessage(tr("Imported the calendar of %n year(s).", nullptr, int(outcome.id)), false);
    return true;
}

void CalendarEditor::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a holiday calendar"), QString(),
                                     tr("Calendar (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QString CalendarEditor::message() const
{
    return m_message->text();
}

void CalendarEditor::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? palette::errorText() : QString());
}

} // namespace dd::ui
