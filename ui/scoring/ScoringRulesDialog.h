#pragma once

#include "scoring/ScoringRules.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace dd::ui {

// 评分细则: a year's rule set (for every level or one level) edited as tables; saved for that
// year only. Copies last year's set into a new year, and reads or writes the shareable file.
class ScoringRulesDialog : public QDialog {
    Q_OBJECT
public:
    ScoringRulesDialog(QSqlDatabase db, int year, QWidget* parent = nullptr);
    bool saved() const { return m_saved; }
    // The rules as the tables show them now; null with *errors (row and column named) when a
    // cell cannot be read.
    std::optional<scoring::ScoringRules> rules(QStringList* errors) const;
    void setRules(const scoring::ScoringRules& rules);

    QSpinBox* yearBox() const { return m_year; }
    QTableWidget* activityTable() const { return m_activities; }
    QTableWidget* minimumTable() const { return m_minimums; }
    QDoubleSpinBox* baseBox() const { return m_base; }
    QLabel* stateLabel() const { return m_state; }

    bool save();
    void copyPreviousYear();
    void importFile();
    void exportFile();

private:
    void load();
    std::optional<registry::Level> level() const;
    QWidget* buildActivities();
    QWidget* buildItems();
    QWidget* buildMinimums();
    void fillGradeCaps(const QString& chosen);

    QSqlDatabase m_db;
    bool m_saved = false;
    QSpinBox* m_year = nullptr;
    QComboBox* m_level = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_activities = nullptr;
    QDoubleSpinBox* m_base = nullptr;
    QDoubleSpinBox* m_totalCap = nullptr;
    QDoubleSpinBox* m_otherAbsence = nullptr;
    QList<std::pair<QDoubleSpinBox*, QDoubleSpinBox*>> m_items; // points and cap
    QTableWidget* m_minimums = nullptr;
    QTableWidget* m_grades = nullptr;
    QComboBox* m_gradeCap = nullptr;
    QSpinBox* m_alertAfter = nullptr;
    QList<QPair<QString, QString>> m_types; // code, name of the database's activity types
};

} // namespace dd::ui
