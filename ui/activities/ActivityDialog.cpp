#include "ActivityDialog.h"

#include "ParticipantEditor.h"
#include "activities/ActivityStore.h"
#include "common/BuiltInNames.h"
#include "common/Clock.h"
#include "loop/LoopStore.h"
#include "registry/Levels.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordHistory.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/ActivityActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace dd::ui {

using namespace activities;

namespace {

QTime timeOf(const QLineEdit* edit)
{
    return QTime::fromString(edit->text().trimmed(), QStringLiteral("H:mm"));
}

} // namespace

ActivityDialog::ActivityDialog(QSqlDatabase db, qint64 activityId, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_activityId(activityId)
{
    setWindowTitle(activityId > 0 ? tr("Change activity") : tr("New activity"));
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(buildForm(), 2);

    auto* right = new QVBoxLayout;
    m_participants = new ParticipantEditor(m_db, this);
    m_form->addField(QStringLiteral("participants"), QString(), new QWidget(this));
    right->addWidget(new QLabel(tr("Participants"), this));
    right->addWidget(m_participants, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 3);

    connectFields();
    m_participants->setDate(m_date->date());
    if (activityId > 0) {
        const auto stored = ActivityStore(m_db).find(activityId);
        if (stored.found()) {
            load(*stored);
            addHistoryButton(buttons, m_db, QStringLiteral("activity"), activityId, stored->title);
        } else {
            // Saving a blank form over the record would lose it: only Cancel is left.
            buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            warnReadFailure(this, stored.failed()
                                      ? stored.error()
                                      : tr("Activity %1 could not be read.").arg(activityId));
        }
    }
    typeChanged();
    resizeWithinScreen(this, QSize(1060, 640));
}

QVBoxLayout* ActivityDialog::buildForm()
{
    auto* left = new QVBoxLayout;
    m_form = new FieldForm;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_types = listOrWarn(ActivityStore(m_db).types(), this);
    for (const ActivityType& type : std::as_const(m_types))
        m_type->addItem(builtInName(type.name), type.id);
    m_form->addField(QStringLiteral("type"), tr("Type"), m_type);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addField(QStringLiteral("date"), tr("Date"), m_date);
    auto* times = buildTimes();
    m_form->addField(QStringLiteral("end"), tr("Time"), times);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_form->addField(QStringLiteral("title"), tr("Title"), m_title);
    m_place = new QLineEdit(this);
    m_form->addField(QStringLiteral("place"), tr("Place"), m_place);
    m_organiser = new QLineEdit(this);
    m_form->addField(QStringLiteral("organiser"), tr("Organiser"), m_organiser);
    m_station = stationPicker(m_db, this, tr("None"));
    m_station->setObjectName(QStringLiteral("station"));
    m_form->addField(QStringLiteral("station"), tr("Station"), m_station);
    m_citizens = new QSpinBox(this);
    m_citizens->setRange(0, 9999);
    m_form->addField(QStringLiteral("citizens"), tr("Citizens received"), m_citizens);
    m_concerns = new QListWidget(this);
    m_concerns->setObjectName(QStringLiteral("concerns"));
    m_concerns->setFixedHeight(m_concerns->fontMetrics().lineSpacing() * 5);
    m_form->addField(QStringLiteral("items"), tr("Concerns raised there"), m_concerns);
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("session"));
    m_session->addItem(tr("None"), 0);
    for (const registry::Session& session : listOrWarn(registry::TermStore(m_db).sessions(), this))
        m_session->addItem(tr("%1, term %2, session %3")
                               .arg(registry::levelName(session.level))
                               .arg(session.termNumber)
                               .arg(session.number),
                           session.id);
    m_form->addField(QStringLiteral("session"), tr("Session"), m_session);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_form->addField(QStringLiteral("notes"), tr("Notes"), m_notes);
    left->addLayout(m_form);
    left->addStretch(1);
    return left;
}

QWidget* ActivityDialog::buildTimes()
{
    auto* times = new QWidget(this);
    auto* timeRow = new QHBoxLayout(times);
    timeRow->setContentsMargins(0, 0, 0, 0);
    m_start = new QLineEdit(times);
    m_end = new QLineEdit(times);
    for (QLineEdit* edit : {m_start, m_end}) {
        edit->setPlaceholderText(QStringLiteral("09:00"));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 16);
    }
    timeRow->addWidget(m_start);
    timeRow->addWidget(new QLabel(tr("to"), times));
    timeRow->addWidget(m_end);
    timeRow->addStretch(1);
    return times;
}

void ActivityDialog::connectFields()
{
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityDialog::typeChanged);
    connect(m_title, &QLineEdit::textEdited, this,
            [this] { m_title->setProperty("suggested", false); });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        fillConcerns();
        // The station's deputies are the ones to add: offered first.
        if (const qint64 station = m_station->currentData().toLongLong(); station > 0)
            m_participants->offer(ParticipantEditor::Source::Station, station);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_participants->setDate(date);
        fillConcerns();
        suggestSession();
    });
    connect(m_session, &QComboBox::activated, this,
            [this] { m_session->setProperty("suggested", false); });
}

void ActivityDialog::presetType(const QString& typeCode)
{
    if (const auto type = valueOrWarn(ActivityStore(m_db).typeByCode(typeCode), this))
        m_type->setCurrentIndex(std::max(0, m_type->findData(type->id)));
}

void ActivityDialog::presetStation(qint64 stationId)
{
    m_station->setCurrentIndex(std::max(0, m_station->findData(stationId)));
}

void ActivityDialog::presetDeputy(qint64 deputyId, const QString& name, const QString& typeCode)
{
    presetType(typeCode);
    m_participants->addDeputy(deputyId, name);
    setWindowTitle(tr("New record for %1").arg(name));
}

void ActivityDialog::typeChanged()
{
    // The entry shows the type's name in the screen's language: the type is known by its id.
    const auto type = std::find_if(m_types.cbegin(), m_types.cend(), [this](const ActivityType& t) {
        return t.id == m_type->currentData().toLongLong();
    });
    const bool known = type != m_types.cend();
    const bool reception = known && type->code == QLatin1String(kReceptionType);
    const bool session = known && type->code == QLatin1String(kSessionType);
    m_citizens->setEnabled(reception);
    m_concerns->setEnabled(reception);
    m_session->setEnabled(session);
    suggestSession();
    if (m_title->text().isEmpty() || m_title->property("suggested").toBool()) {
        // Until the clerk types a title, the type's name as the office file keeps it stands in.
        m_title->setText(known ? type->name : m_type->currentText());
        m_title->setProperty("suggested", true);
    }
    fillConcerns();
}

// Attendance at a session names the session that sat that day, until the clerk picks another.
void ActivityDialog::suggestSession()
{
    if (!m_session->isEnabled() ||
        (m_session->currentData().toLongLong() > 0 && !m_session->property("suggested").toBool()))
        return;
    const auto sitting =
        valueOrWarn(registry::TermStore(m_db).sessionOn(
                        m_date->date(), registry::OfficeSettings(m_db).officeLevel()),
                    this);
    m_session->setCurrentIndex(std::max(0, m_session->findData(sitting ? sitting->id : 0)));
    m_session->setProperty("suggested", true);
    if (sitting) // its deputies are the ones to add
        m_participants->offer(ParticipantEditor::Source::Session, sitting->id);
}

void ActivityDialog::fillConcerns()
{
    m_concerns->clear();
    const qint64 station = m_station->currentData().toLongLong();
    if (!m_concerns->isEnabled() || station <= 0)
        return;
    loop::ItemFilter filter;
    filter.kind = loop::ItemKind::Concern;
    filter.stationId = station;
    filter.from = filter.to = m_date->date();
    for (const loop::Item& item : listOrWarn(loop::LoopStore(m_db).list(filter), this)) {
        auto* entry = new QListWidgetItem(
            item.serial + QStringLiteral("  ") + item.content.simplified().left(30), m_concerns);
        entry->setData(Qt::UserRole, item.id);
        entry->setCheckState(m_linkedItems.contains(item.id) || m_activityId == 0 ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

void ActivityDialog::load(const Activity& a)
{
    m_linkedItems = a.itemIds;
    m_type->setCurrentIndex(std::max(0, m_type->findData(a.typeId)));
    m_date->setDate(a.date);
    m_start->setText(a.start.isValid() ? a.start.toString(QStringLiteral("HH:mm")) : QString());
    m_end->setText(a.end.isValid() ? a.end.toString(QStringLiteral("HH:mm")) : QString());
    m_title->setText(a.title);
    m_place->setText(a.place);
    m_organiser->setText(a.organiser);
    m_notes->setPlainText(a.notes);
    m_station->setCurrentIndex(std::max(0, m_station->findData(a.stationId)));
    m_citizens->setValue(a.citizensReceived);
    m_session->setCurrentIndex(std::max(0, m_session->findData(a.sessionId)));
    m_session->setProperty("suggested", a.sessionId <= 0); // a stored session stays
    m_participants->setDate(a.date);
    m_participants->setParticipants(a.participants);
}

Activity ActivityDialog::activity() const
{
    Activity a;
    a.id = m_activityId;
    a.typeId = m_type->currentData().toLongLong();
    a.date = m_date->date();
    a.start = timeOf(m_start);
    a.end = timeOf(m_end);
    a.title = m_title->text();
    a.place = m_place->text();
    a.organiser = m_organiser->text();
    a.notes = m_notes->toPlainText();
    a.stationId = m_station->currentData().toLongLong();
    a.citizensReceived = m_citizens->isEnabled() ? m_citizens->value() : 0;
    a.sessionId = m_session->isEnabled() ? m_session->currentData().toLongLong() : 0;
    for (int row = 0; row < m_concerns->count(); ++row)
        if (m_concerns->item(row)->checkState() == Qt::Checked)
            a.itemIds << m_concerns->item(row)->data(Qt::UserRole).toLongLong();
    a.participants = m_participants->participants();
    return a;
}

void ActivityDialog::accept()
{
    m_form->clearErrors();
    // A time the program cannot read is said under the field, not dropped silently.
    for (QLineEdit* edit : {m_start, m_end})
        if (!edit->text().trimmed().isEmpty() && !timeOf(edit).isValid()) {
            m_form->showErrors(
                {{QStringLiteral("end"), tr("%1 is not a time such as 09:00").arg(edit->text())}});
            return;
        }
    Activity a = activity();
    const Outcome outcome = usecase::saveActivity(m_db, a);
    if (!m_form->showOutcome(outcome))
        return;
    m_activityId = a.id;
    QDialog::accept();
}

} // namespace dd::ui
