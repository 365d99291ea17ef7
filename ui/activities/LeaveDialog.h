#pragma once

#include "activities/ActivityRecords.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLineEdit;

namespace dd::ui {

class FieldForm;

// A deputy's leave period (请假): from, to and the reason. Activities in it mark the deputy on
// leave; rosters leave them out. Opened on a leave on record, it corrects it and asks why.
class LeaveDialog : public QDialog {
    Q_OBJECT
public:
    LeaveDialog(QSqlDatabase db, qint64 deputyId, const QString& name, QWidget* parent = nullptr);
    LeaveDialog(QSqlDatabase db, const activities::Leave& existing, QWidget* parent = nullptr);
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QLineEdit* reasonField() const { return m_reason; }
    QLineEdit* whyField() const { return m_why; }
    FieldForm* form() const { return m_form; }
    void accept() override;

private:
    QSqlDatabase m_db;
    qint64 m_deputyId = 0;
    qint64 m_leaveId = 0; // a correction
    FieldForm* m_form = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_why = nullptr;
};

} // namespace dd::ui
