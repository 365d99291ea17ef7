#pragma once

#include "storage/Database.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd::ui {

class FieldForm;

// First start, and 文件 ▸ 新建: create a database (where, the county congress's name, the office
// level, the current term), open an existing one, or open the demo.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit WelcomeDialog(bool firstStart, QWidget* parent = nullptr);
    std::unique_ptr<storage::Database> takeDatabase() { return std::move(m_database); }

    QLineEdit* pathField() const { return m_path; }
    QLineEdit* nameField() const { return m_name; }
    QSpinBox* termField() const { return m_term; }
    FieldForm* form() const { return m_form; }
    void create();
    void openDemo();

    // Where a database is created unless the clerk chooses otherwise.
    static QString defaultPath();
    static QString demoPath();

private:
    void browse();
    void openExisting();
    bool take(storage::OpenResult opened);

    FieldForm* m_form = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_term = nullptr;
    QDateEdit* m_termStart = nullptr;
    QLabel* m_error = nullptr;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace dd::ui
