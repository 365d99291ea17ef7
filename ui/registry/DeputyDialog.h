#pragma once

#include "registry/DeputyStore.h"

#include "ui/widgets/RecordPicker.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace dd::ui {

class FieldForm;

// Adds a deputy in a term, or edits one membership's person and particulars. Core normalises
// and validates; each message appears under its field and the dialog stays open.
class DeputyDialog : public QDialog {
    Q_OBJECT
public:
    DeputyDialog(QSqlDatabase db, std::optional<registry::DeputyRow> existing,
                 QWidget* parent = nullptr);

    FieldForm* personForm() const { return m_person; }
    FieldForm* termForm() const { return m_term; }
    QSpinBox* termField() const { return m_termNumber; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* phoneField() const { return m_phone; }
    QLineEdit* birthField() const { return m_birth; }
    QComboBox* genderField() const { return m_gender; }
    qint64 savedDeputyId() const { return m_deputy.id; }

    void accept() override;

private:
    QGroupBox* buildPersonBox();
    QGroupBox* buildMembershipBox();
    QVBoxLayout* buildPhotoColumn(); // the photo with its Photo… button beneath
    void choosePhoto();
    void showPhoto();
    registry::Deputy deputyFromForm() const;
    registry::Membership membershipFromForm() const;

    QSqlDatabase m_db;
    bool m_adding = true;
    registry::Deputy m_deputy;
    registry::Membership m_membership;
    qint64 m_primaryStation = 0;
    FieldForm* m_person = nullptr;
    FieldForm* m_term = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_birth = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_education = nullptr;
    QLineEdit* m_workUnit = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_composition = nullptr;
    QCheckBox* m_cadre = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_termNumber = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_district = nullptr;
    RecordPicker* m_township = nullptr;
    RecordPicker* m_station = nullptr;
    QLabel* m_photo = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace dd::ui
