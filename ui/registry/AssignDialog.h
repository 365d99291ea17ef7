#pragma once

#include "registry/DeputyStore.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace dd::ui {

// Stations several deputies at once: serving deputies with check boxes, narrowed by search,
// township or group; those already stationed here are shown checked and disabled.
class AssignDialog : public QDialog {
    Q_OBJECT
public:
    AssignDialog(QSqlDatabase db, qint64 stationId, const QString& stationName,
                 QWidget* parent = nullptr);
    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }
    int assignedCount() const { return m_assigned; }
    void accept() override;

private:
    void refilter();

    QSqlDatabase m_db;
    qint64 m_stationId = 0;
    QList<registry::DeputyRow> m_rows;
    QLineEdit* m_search = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_group = nullptr;
    QCheckBox* m_primary = nullptr;
    QListWidget* m_list = nullptr;
    int m_assigned = 0;
};

} // namespace dd::ui
