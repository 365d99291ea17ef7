#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd::ui {

class FieldForm;

// 设置: the screen language (this PC), and the settings that travel with the database: the
// document language, the county congress's name, the current terms and the backup folder.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSqlDatabase db, QWidget* parent = nullptr);
    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    QSqlDatabase m_db;
    FieldForm* m_form = nullptr;
    QComboBox* m_screenLanguage = nullptr;
    QComboBox* m_documentLanguage = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_operator = nullptr; // this PC's clerk, 经办人
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_countyTerm = nullptr;
    QSpinBox* m_townshipTerm = nullptr;
    QLabel* m_error = nullptr;
    bool m_languageChanged = false;
};

} // namespace dd::ui
