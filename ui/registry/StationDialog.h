#pragma once

#include "registry/Records.h"

#include "ui/widgets/RecordPicker.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd::ui {

class FieldForm;

// Adds or edits a liaison station; the reception days are kept in words (每周三, 每月8日).
class StationDialog : public QDialog {
    Q_OBJECT
public:
    StationDialog(QSqlDatabase db, std::optional<registry::Station> existing,
                  QWidget* parent = nullptr);
    QLineEdit* nameField() const { return m_name; }
    FieldForm* form() const { return m_form; }
    void accept() override;

private:
    QSqlDatabase m_db;
    registry::Station m_station;
    FieldForm* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    RecordPicker* m_township = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_officer = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_stars = nullptr;
    QCheckBox* m_model = nullptr;
    QCheckBox* m_contactPoint = nullptr;
    QLineEdit* m_rule = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace dd::ui
