#pragma once

#include "registry/DeputyStore.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace dd::ui {

class FieldForm;

// Ends a membership (termination 罢免/终止, resignation 辞职) with its date and reason, or
// reinstates an ended one; the history keeps every change.
class StatusDialog : public QDialog {
    Q_OBJECT
public:
    StatusDialog(QSqlDatabase db, registry::DeputyRow row, QWidget* parent = nullptr);
    QComboBox* statusField() const { return m_status; }
    QDateEdit* dateField() const { return m_date; }
    QLineEdit* reasonField() const { return m_reason; }
    FieldForm* form() const { return m_form; }
    void accept() override;

private:
    QSqlDatabase m_db;
    registry::DeputyRow m_row;
    FieldForm* m_form = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace dd::ui
