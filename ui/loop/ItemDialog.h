#pragma once

#include "loop/LoopRecords.h"

#include "ui/widgets/RecordPicker.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dd::ui {

class DeputyPicker;
class FieldForm;

// 点单: recording a citizen's concern (with its receiving deputies) or a deputy's suggestion
// (lead deputy and co-signers). A concern that reads like an open one of the same township is
// shown with those before it is recorded, so the clerk can merge instead.
class ItemDialog : public QDialog {
    Q_OBJECT
public:
    ItemDialog(QSqlDatabase db, loop::ItemKind kind, QWidget* parent = nullptr);
    qint64 itemId() const { return m_itemId; }
    QString serial() const { return m_serial; }

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* contentEdit() const { return m_content; }
    QComboBox* categoryBox() const { return m_category; }
    QComboBox* townshipBox() const { return m_township; }
    QComboBox* stationBox() const { return m_station; }
    QLineEdit* citizenEdit() const { return m_citizen; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* leadBox() const { return m_lead; }
    DeputyPicker* deputyPicker() const { return m_deputies; }
    FieldForm* form() const { return m_form; }

public Q_SLOTS:
    void accept() override;

private:
    loop::Item item() const;
    bool confirmNotDuplicate(const loop::Item& item);

    QSqlDatabase m_db;
    loop::ItemKind m_kind;
    qint64 m_itemId = 0;
    QString m_serial;
    FieldForm* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QComboBox* m_category = nullptr;
    RecordPicker* m_township = nullptr;
    RecordPicker* m_station = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_citizen = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_lead = nullptr;
    QComboBox* m_session = nullptr;
    DeputyPicker* m_deputies = nullptr;
};

} // namespace dd::ui
