#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace dd::ui {

class AgencyEditor;
class CalendarEditor;

// 意见建议设置: the time limits (五环五时) and the due-soon window, the categories, the agencies,
// and the holiday calendar the working days are counted on. All travel with the database.
class LoopSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoopSettingsDialog(QSqlDatabase db, QWidget* parent = nullptr);
    QSpinBox* limitBox(const QString& key) const;
    QLineEdit* categoryEdit() const { return m_newCategory; }
    QListWidget* categoryList() const { return m_categories; }
    AgencyEditor* agencies() const { return m_agencies; }
    CalendarEditor* calendar() const { return m_calendar; }
    bool addCategory();

public Q_SLOTS:
    void accept() override; // saves the time limits and the calendar year shown

private:
    QWidget* buildLimits();
    QWidget* buildCategories();
    void reloadCategories();

    QSqlDatabase m_db;
    QList<std::pair<QString, QSpinBox*>> m_limits;
    QListWidget* m_categories = nullptr;
    QLineEdit* m_newCategory = nullptr;
    QLabel* m_categoryError = nullptr;
    QLabel* m_error = nullptr;
    AgencyEditor* m_agencies = nullptr;
    CalendarEditor* m_calendar = nullptr;
};

} // namespace dd::ui
