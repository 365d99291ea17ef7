#pragma once

#include "storage/OperatorLog.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSortFilterProxyModel>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace dd::storage {
class Database;
}

namespace dd::ui {

// The operator log's entries, newest first, as the clerk reads them.
class OperatorLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Operator, What, Changes, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<storage::LogEntry> entries);
    const storage::LogEntry& entry(int row) const { return m_entries.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<storage::LogEntry> m_entries;
};

// The kinds of action a clerk filters by; each holds the action codes' first parts.
struct LogKind {
    QString label;
    QStringList prefixes; // empty: every kind
};

class OperatorLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // `operatorName`: one operator's entries (an empty name: those of nobody named), or all.
    void setFilter(const std::optional<QString>& operatorName, const QStringList& prefixes,
                   const QDate& from, const QDate& to, const QString& search);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<QString> m_operator;
    QStringList m_prefixes;
    QDate m_from;
    QDate m_to;
    QString m_search;
};

// 文件 ▸ 操作日志: who did what and when, filtered by operator, kind of action, dates and words;
// whether the log is whole; printed and exported like any list. Nothing here changes an entry.
class OperatorLogDialog : public QDialog {
    Q_OBJECT
public:
    OperatorLogDialog(storage::Database& database, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    QComboBox* operatorBox() const { return m_operator; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* status() const { return m_status; }

private:
    QWidget* buildFilters();
    void load();
    void applyFilter();

    storage::Database& m_database;
    OperatorLogModel* m_model = nullptr;
    OperatorLogFilter* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_operator = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QList<LogKind> m_kinds;
};

} // namespace dd::ui
