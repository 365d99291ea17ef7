#pragma once

#include "activities/ActivityRecords.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace dd::ui {

class FieldForm;
class ParticipantEditor;

// Recording or changing an activity: its particulars, a reception's station, citizens and the
// concerns raised there, and who took part with their attendance.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    // A new activity (id 0) or the activity to change.
    ActivityDialog(QSqlDatabase db, qint64 activityId = 0, QWidget* parent = nullptr);
    // Presets a single deputy's own record (a 社情民意 report, a visit, a 述职).
    void presetDeputy(qint64 deputyId, const QString& name, const QString& typeCode);
    void presetType(const QString& typeCode);
    void presetStation(qint64 stationId);
    qint64 activityId() const { return m_activityId; }

    QComboBox* typeBox() const { return m_type; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* stationBox() const { return m_station; }
    QSpinBox* citizensBox() const { return m_citizens; }
    ParticipantEditor* participants() const { return m_participants; }
    FieldForm* form() const { return m_form; }

public Q_SLOTS:
    void accept() override;

private:
    QVBoxLayout* buildForm(); // the activity's particulars, left of the participants
    QWidget* buildTimes();    // start and end time in one row
    void connectFields();
    void typeChanged();
    void suggestSession();
    void fillConcerns();
    void load(const activities::Activity& activity);
    activities::Activity activity() const;

    QSqlDatabase m_db;
    qint64 m_activityId = 0;
    QList<qint64> m_linkedItems; // of the activity being changed
    FieldForm* m_form = nullptr;
    QList<activities::ActivityType> m_types;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_organiser = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_station = nullptr;
    QSpinBox* m_citizens = nullptr;
    QListWidget* m_concerns = nullptr;
    QComboBox* m_session = nullptr;
    ParticipantEditor* m_participants = nullptr;
};

} // namespace dd::ui
