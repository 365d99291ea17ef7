#pragma once

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QLineEdit;

namespace dd::ui {

class FilterBar;
class ListView;
class StationFilterProxy;
class StationTableModel;

// 联络站: the stations with their stationed deputies by level, and the actions on them.
class StationsPage : public RecordPage {
    Q_OBJECT
public:
    explicit StationsPage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db) override;
    void reload() override;
    ListView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    QString statusText() const override;

    void addStation();
    void editStation();
    void assignDeputies();
    void importStations();
    void exportStations();
    QLineEdit* searchField() const override { return m_search; }
    void newRecord() override { addStation(); }
    void exportList() override { exportStations(); }
    void printList();

private:
    QSqlDatabase m_db;
    QLineEdit* m_search = nullptr;
    FilterBar* m_filterBar = nullptr;
    ListView* m_view = nullptr;
    StationTableModel* m_model = nullptr;
    StationFilterProxy* m_proxy = nullptr;
};

} // namespace dd::ui
