#pragma once

#include "activities/ActivityStore.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dd::ui {

class RecordPicker;

// Who took part in an activity. The common case is quick: take a station's, group's,
// township's, level's or session's deputies at once (those on leave that day come marked on
// leave), then mark the few on leave or absent; single deputies can be added too.
class ParticipantEditor : public QWidget {
    Q_OBJECT
public:
    enum class Source { Station, Group, Township, Level, Session };

    ParticipantEditor(QSqlDatabase db, QWidget* parent = nullptr);
    void setDate(const QDate& date) { m_date = date; }
    void setParticipants(const QList<activities::Participant>& participants);
    QList<activities::Participant> participants() const;

    // Adds everyone the source names (already listed deputies keep their attendance).
    void addAll(Source source, const QVariant& choice);
    void addDeputy(qint64 deputyId, const QString& name);
    // Chooses the source to add everyone from (a station, a session …) and which one.
    void offer(Source source, const QVariant& choice);
    // Marks the selected rows; leave needs a reason.
    void markSelected(activities::Attendance attendance, const QString& reason = {});
    void removeSelected();

    QComboBox* sourceBox() const { return m_source; }
    RecordPicker* choiceBox() const { return m_choice; }
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void fillChoices();
    void addChosen();
    void addOne();
    void askLeave();
    void setRow(int row, const activities::Participant& participant);
    void updateCounts();

    QSqlDatabase m_db;
    QDate m_date;
    QComboBox* m_source = nullptr;
    RecordPicker* m_choice = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_counts = nullptr;
};

} // namespace dd::ui
