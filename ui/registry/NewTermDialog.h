#pragma once

#include "registry/Levels.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace dd::ui {

class FieldForm;

// 换届: term N+1 of a level starts on a date; the serving memberships of term N end the day
// before. The dialog says what will happen before it happens, then offers to import the new
// term's roster, which links every re-elected deputy to the earlier record.
class NewTermDialog : public QDialog {
    Q_OBJECT
public:
    NewTermDialog(QSqlDatabase db, QWidget* parent = nullptr);
    QComboBox* levelField() const { return m_level; }
    QSpinBox* numberField() const { return m_number; }
    QDateEdit* dateField() const { return m_date; }
    QLabel* summaryLabel() const { return m_summary; }
    bool importRequested() const { return m_importRequested; }
    registry::Level level() const;
    int number() const;
    void accept() override;

private:
    void levelChanged();
    void updateSummary();

    QSqlDatabase m_db;
    FieldForm* m_form = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    bool m_importRequested = false;
};

} // namespace dd::ui
