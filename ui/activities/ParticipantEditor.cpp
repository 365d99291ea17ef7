#include "ParticipantEditor.h"

#include "registry/DeputyStore.h"
#include "registry/GroupStore.h"
#include "registry/Levels.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "ui/widgets/DeputyPicker.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordPicker.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace activities;

namespace {

enum ColumnIndex { NameColumn, AttendanceColumn, ReasonColumn };
constexpr int DeputyIdRole = Qt::UserRole;
constexpr int AttendanceRole = Qt::UserRole + 1;

} // namespace

ParticipantEditor::ParticipantEditor(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_date(QDate::currentDate())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bulk = new QHBoxLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("participant-source"));
    m_source->addItem(tr("Station"), int(Source::Station));
    m_source->addItem(tr("Deputy group"), int(Source::Group));
    m_source->addItem(tr("Township"), int(Source::Township));
    m_source->addItem(tr("Level"), int(Source::Level));
    m_source->addItem(tr("Session"), int(Source::Session));
    m_choice = new RecordPicker(this);
    m_choice->setObjectName(QStringLiteral("participant-choice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(14);
    auto* addAll = new QPushButton(tr("Add all"), this);
    addAll->setObjectName(QStringLiteral("add-all"));
    auto* addOne = new QPushButton(tr("Add a deputy…"), this);
    addOne->setObjectName(QStringLiteral("add-one"));
    bulk->addWidget(m_source);
    bulk->addWidget(m_choice, 1);
    bulk->addWidget(addAll);
    bulk->addWidget(addOne);
    layout->addLayout(bulk);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("participants"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Attendance"), tr("Reason for leave")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setColumnWidth(
        NameColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("欧阳晓明晓明")) + 16);
    layout->addWidget(m_table, 1);

    auto* marks = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        marks->addWidget(b);
    };
    button(tr("Present"), "mark-present", [this] { markSelected(Attendance::Present); });
    button(tr("On leave…"), "mark-leave", [this] { askLeave(); });
    button(tr("Absent"), "mark-absent", [this] { markSelected(Attendance::Absent); });
    button(tr("Remove"), "remove-participant", [this] { removeSelected(); });
    marks->addStretch(1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("participant-counts"));
    marks->addWidget(m_counts);
    layout->addLayout(marks);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ParticipantEditor::fillChoices);
    connect(addAll, &QPushButton::clicked, this, &ParticipantEditor::addChosen);
    connect(addOne, &QPushButton::clicked, this, &ParticipantEditor::addOne);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // Typing a reason puts the deputy on leave.
        if (item->column() == ReasonColumn && !item->text().trimmed().isEmpty() &&
            m_table->item(item->row(), AttendanceColumn)->data(AttendanceRole).toInt() !=
                int(Attendance::Leave)) {
            Participant p;
            p.attendance = Attendance::Leave;
            p.reason = item->text();
            p.deputyId = m_table->item(item->row(), NameColumn)->data(DeputyIdRole).toLongLong();
            p.deputyName = m_table->item(item->row(), NameColumn)->text();
            setRow(item->row(), p);
        }
        updateCounts();
    });
    fillChoices();
    updateCounts();
}

void ParticipantEditor::fillChoices()
{
    QList<std::pair<QString, qint64>> choices;
    auto order = RecordPicker::Order::Pinyin;
    switch (Source(m_source->currentData().toInt())) {
    case Source::Station:
        for (const registry::StationRow& row :
             listOrWarn(registry::StationStore(m_db).list(), this))
            choices.append(
                {tr("%1 (%n deputy(ies))", nullptr, row.deputyCount).arg(row.station.name),
                 row.station.id});
        break;
    case Source::Group:
        for (const registry::DeputyGroup& group :
             listOrWarn(registry::GroupStore(m_db).list(), this))
            choices.append({group.name, group.id});
        break;
    case Source::Township:
        for (const registry::Township& township :
             listOrWarn(registry::TownshipStore(m_db).list(), this))
            choices.append({township.name, township.id});
        break;
    case Source::Level:
        order = RecordPicker::Order::AsGiven;
        for (registry::Level level : registry::allLevels())
            choices.append({registry::levelName(level), int(level)});
        break;
    case Source::Session:
        order = RecordPicker::Order::AsGiven;
        for (const registry::Session& session :
             listOrWarn(registry::TermStore(m_db).sessions(), this))
            choices.append({tr("%1, term %2, session %3")
                                .arg(registry::levelName(session.level))
                                .arg(session.termNumber)
                                .arg(session.number),
                            session.id});
        break;
    }
    m_choice->setEntries(choices, std::nullopt, order);
}

void ParticipantEditor::addChosen()
{
    if (m_choice->currentIndex() >= 0)
        addAll(Source(m_source->currentData().toInt()), m_choice->currentData());
}

void ParticipantEditor::addAll(Source source, const QVariant& choice)
{
    ParticipantSelection selection;
    switch (source) {
    case Source::Station:
        selection.stationId = choice.toLongLong();
        break;
    case Source::Group:
        selection.groupId = choice.toLongLong();
        break;
    case Source::Township:
        selection.townshipId = choice.toLongLong();
        break;
    case Source::Level:
        selection.level = registry::Level(choice.toInt());
        break;
    case Source::Session:
        selection.sessionId = choice.toLongLong();
        break;
    }
    QList<Participant> list = participants();
    QSet<qint64> listed;
    for (const Participant& p : std::as_const(list))
        listed.insert(p.deputyId);
    for (const Participant& p :
         listOrWarn(ActivityStore(m_db).participantsFor(selection, m_date), this))
        if (!listed.contains(p.deputyId))
            list << p;
    setParticipants(list);
}

void ParticipantEditor::offer(Source source, const QVariant& choice)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(choice)));
}

void ParticipantEditor::addDeputy(qint64 deputyId, const QString& name)
{
    for (const Participant& p : participants())
        if (p.deputyId == deputyId)
            return;
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, {deputyId, Attendance::Present, {}, name});
    updateCounts();
}

void ParticipantEditor::addOne()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add deputies"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* picker = new DeputyPicker(
        listOrWarn(registry::DeputyStore(m_db).list({}, registry::NameOrder::Pinyin), this),
        &dialog);
    layout->addWidget(picker);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(420, 480);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (qint64 id : picker->checkedIds())
        if (const auto deputy = foundOrWarn(registry::DeputyStore(m_db).get(id), this))
            addDeputy(id, deputy->name);
}

void ParticipantEditor::setParticipants(const QList<Participant>& list)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row)
        setRow(row, list.at(row));
    updateCounts();
}

void ParticipantEditor::setRow(int row, const Participant& p)
{
    const QSignalBlocker blocker(m_table);
    auto* name = new QTableWidgetItem(p.deputyName);
    name->setData(DeputyIdRole, p.deputyId);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    auto* attendance = new QTableWidgetItem(attendanceName(p.attendance));
    attendance->setData(AttendanceRole, int(p.attendance));
    attendance->setFlags(attendance->flags() & ~Qt::ItemIsEditable);
    if (p.attendance != Attendance::Present)
        attendance->setForeground(p.attendance == Attendance::Absent ? palette::error()
                                                                     : palette::warning());
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, AttendanceColumn, attendance);
    m_table->setItem(row, ReasonColumn, new QTableWidgetItem(p.reason));
}

QList<Participant> ParticipantEditor::participants() const
{
    QList<Participant> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        const auto attendance =
            Attendance(m_table->item(row, AttendanceColumn)->data(AttendanceRole).toInt());
        list.append(
            {name->data(DeputyIdRole).toLongLong(), attendance,
             attendance == Attendance::Leave ? m_table->item(row, ReasonColumn)->text() : QString(),
             name->text()});
    }
    return list;
}

void ParticipantEditor::askLeave()
{
    if (m_table->selectionModel()->selectedRows().isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("On leave"), tr("Reason for leave:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        markSelected(Attendance::Leave, reason.trimmed());
}

void ParticipantEditor::markSelected(Attendance attendance, const QString& reason)
{
    const QList<Participant> list = participants();
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        Participant p = list.at(index.row());
        p.attendance = attendance;
        p.reason = attendance == Attendance::Leave ? reason : QString();
        setRow(index.row(), p);
    }
    updateCounts();
}

void ParticipantEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    updateCounts();
}

void ParticipantEditor::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (int row = 0; row < m_table->rowCount(); ++row)
        ++counts[m_table->item(row, AttendanceColumn)->data(AttendanceRole).toInt()];
    m_counts->setText(
        tr("%n deputy(ies): %1 present, %2 on leave, %3 absent", nullptr, m_table->rowCount())
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2]));
    Q_EMIT changed();
}

} // namespace dd::ui
