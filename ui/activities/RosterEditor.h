#pragma once

#include "activities/RosterPlanner.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dd::ui {

class FlowLayout;
class RecordPicker;
// 排班: a station's saved duty roster as a month calendar. The clerk plans a month, quarter or
// year, changes any day by double-clicking it, records the completed days as receptions, and
// prints or exports the roster for the station's wall. Beside the calendar: each deputy's
// duties in the year against the yearly minimum.
class RosterEditor : public QWidget {
    Q_OBJECT
public:
    enum class Span { Month, Quarter, Year };

    explicit RosterEditor(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db);
    void reload();
    void setStation(qint64 stationId);
    void setMonth(const QDate& firstOfMonth);
    qint64 stationId() const;
    QDate month() const { return m_month; }
    const activities::Roster& yearRoster() const { return m_year; }

    // Plans the span containing the month shown and saves it (unrecorded days are replaced).
    void plan(Span span, bool confirm = true);
    void recordCompleted();
    void editDay(const QDate& date);
    void printRoster();
    void exportRoster();

    QTableWidget* calendar() const { return m_calendar; }
    QTableWidget* loadTable() const { return m_load; }
    QLabel* problemsLabel() const { return m_problems; }

Q_SIGNALS:
    void activitiesChanged();
    void message(const QString& text);

private:
    // The bar above the calendar, and its month arrows (the constructor connects them last).
    struct Toolbar {
        QWidget* widget;
        QPushButton* previous;
        QPushButton* next;
    };
    Toolbar buildToolbar();
    // The plan button beside the plan's settings, then the roster's own buttons.
    void buildToolbarButtons(FlowLayout* bar, QHBoxLayout* planning);
    QHBoxLayout* buildBody(); // the month calendar beside each deputy's duties in the year
    std::pair<QDate, QDate> spanDates(Span span) const;
    std::optional<activities::Roster> monthRoster() const;
    QString spanLabel(Span span) const;
    void showMonth();
    void showLoad();

    QSqlDatabase m_db;
    QDate m_month;
    activities::Roster m_year; // the saved roster of the month's year
    RecordPicker* m_station = nullptr;
    QLabel* m_monthLabel = nullptr;
    QComboBox* m_span = nullptr;
    QSpinBox* m_required = nullptr;
    QTableWidget* m_calendar = nullptr;
    QTableWidget* m_load = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace dd::ui
