#pragma once

#include "calendar/WorkingCalendar.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace dd::ui {

// 节假日安排: one year's statutory holidays and make-up workdays (调休), edited as rows and saved
// together, or imported from a CSV file (date,kind,name) for any years it covers.
class CalendarEditor : public QWidget {
    Q_OBJECT
public:
    explicit CalendarEditor(QSqlDatabase db, QWidget* parent = nullptr);
    QSpinBox* yearBox() const { return m_year; }
    QTableWidget* table() const { return m_table; }
    void showYear(int year);
    void addDay(const calendar::CalendarDay& day);
    int year() const;
    // The rows as the clerk left them, saved or not.
    QList<calendar::CalendarDay> days() const;
    // Saves the rows as the year's calendar; false (with the message shown) when refused.
    bool save();
    bool importFile(const QString& path);
    QString message() const;

private:
    void chooseFile();
    void removeSelected();
    void setMessage(const QString& text, bool error);

    QSqlDatabase m_db;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dd::ui
