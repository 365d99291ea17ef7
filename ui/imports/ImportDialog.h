#pragma once

#include "imports/RosterImport.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace dd::usecase {
class ImportRun;
}

namespace dd::ui {

// Imports a roster or a station list: the clerk sees which sheet and header row were found,
// adjusts the column mapping, sees every problem at the row and column the spreadsheet shows,
// chooses what happens to duplicates and missing places, and imports all or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Roster, Stations, Suggestions };
    ImportDialog(QSqlDatabase db, Kind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The level and term a roster goes into (default: the office's level, its current term),
    // unless the file names each row's own (层级, 届次 columns).
    void setTarget(registry::Level level, int termNumber);
    // Reads the file (the "Choose file…" button asks for it).
    bool openFile(const QString& path);
    QStringList problemLines() const;
    QPushButton* importButton() const { return m_import; }
    QCheckBox* createMissingBox() const { return m_createMissing; }
    QTableWidget* mappingTable() const { return m_mapping; }
    imports::ImportCounts lastCounts() const { return m_counts; }
    QString resultText() const;
    // Maps a spreadsheet column (1 = A) to a field code, or to nothing with an empty code.
    void mapColumn(int column, const QString& field);
    void runImport();

private:
    QHBoxLayout* buildOptions(); // the target, duplicates and missing places
    // The level and term pickers for a roster, added to the options row.
    void buildTargetPickers(QHBoxLayout* options);
    QWidget* buildTables(); // the column mapping and preview above the problems
    void chooseFile();
    void replan();
    // Shows the level and term pickers, or says that the file names each row's own.
    void showTarget();
    void showMapping();
    void showPreview();
    std::unique_ptr<usecase::ImportRun> makeRun() const;

    QSqlDatabase m_db;
    Kind m_kind;
    std::unique_ptr<usecase::ImportRun> m_run;
    imports::ImportSource m_source;
    imports::ImportCounts m_counts;
    QLabel* m_file = nullptr;
    QWidget* m_levelPicker = nullptr;
    QWidget* m_termPicker = nullptr;
    QLabel* m_targetFromFile = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_term = nullptr;
    QRadioButton* m_update = nullptr;
    QCheckBox* m_createMissing = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_import = nullptr;
    bool m_showing = false;
};

} // namespace dd::ui
