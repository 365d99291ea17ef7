#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;

namespace dd::ui {

// A page of the main window that shows one family of records (deputies, stations, the loop,
// activities, scores): the window hands it the office file, asks it to reload when records
// change elsewhere, shows its status line, and passes on what it wrote and what it says.
class RecordPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setDatabase(QSqlDatabase db) = 0;
    virtual void reload() = 0;
    // The status bar's line for this page: how many are shown, what is late.
    virtual QString statusText() const = 0;
    // What the window's keyboard shortcuts reach on this page: its search field (Ctrl+F), a new
    // record of the list shown (Ctrl+N), the list shown as a workbook (Ctrl+E).
    virtual QLineEdit* searchField() const = 0;
    virtual void newRecord() = 0;
    virtual void exportList() = 0;

Q_SIGNALS:
    void statusChanged();
    void dataChanged(); // records were written: other pages reload
    void message(const QString& text);
};

} // namespace dd::ui
