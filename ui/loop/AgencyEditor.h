#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dd::ui {

class FieldForm;

// 承办单位: the agencies in a list, and a form under it to add one or change the one selected.
class AgencyEditor : public QWidget {
    Q_OBJECT
public:
    explicit AgencyEditor(QSqlDatabase db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    FieldForm* form() const { return m_form; }
    // Saves the form as a new agency, or over the selected one; false when refused.
    bool save();
    void startNew();

private:
    void reload(qint64 selectId = 0);
    void showSelected();

    QSqlDatabase m_db;
    qint64 m_editingId = 0;
    QTableWidget* m_table = nullptr;
    FieldForm* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace dd::ui
