#include "ImportDialog.h"

#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "registry/Validation.h"
#include "ui/shell/Operator.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/ImportRun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
constexpr int kPreviewRows = 300;
const QColor kProblemColour(0xFF, 0xD6, 0xD6);
} // namespace

ImportDialog::ImportDialog(QSqlDatabase db, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_kind(kind)
{
    setWindowTitle(kind == Kind::Roster     ? tr("Import a deputy roster")
                   : kind == Kind::Stations ? tr("Import a list of stations")
                                            : tr("Import a suggestions ledger with its history"));
    auto* layout = new QVBoxLayout(this);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen"), this);
    auto* choose = new QPushButton(tr("Choose file…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    layout->addLayout(buildOptions());

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    layout->addWidget(buildTables(), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1200, 700));
}

QHBoxLayout* ImportDialog::buildOptions()
{
    auto* options = new QHBoxLayout;
    if (m_kind == Kind::Roster)
        buildTargetPickers(options);
    auto* onRecord = new QLabel(tr("Already on record:"), this);
    auto* skip = new QRadioButton(tr("skip"), this);
    m_update = new QRadioButton(tr("update from the file"), this);
    skip->setChecked(true);
    connect(m_update, &QRadioButton::toggled, this, &ImportDialog::replan);
    options->addWidget(onRecord);
    options->addWidget(skip);
    options->addWidget(m_update);
    options->addSpacing(16);
    if (m_kind == Kind::Suggestions) {
        // A ledger's rows already imported are skipped: their history is not rewritten.
        for (QWidget* widget : {static_cast<QWidget*>(onRecord), static_cast<QWidget*>(skip),
                                static_cast<QWidget*>(m_update)})
            widget->hide();
    }
    m_createMissing = new QCheckBox(
        m_kind == Kind::Roster     ? tr("Create stations and townships not yet on record")
        : m_kind == Kind::Stations ? tr("Create townships not yet on record")
                                   : tr("Create agencies and categories not yet on record"),
        this);
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportDialog::replan);
    options->addWidget(m_createMissing);
    options->addStretch();
    return options;
}

void ImportDialog::buildTargetPickers(QHBoxLayout* options)
{
    // Hidden when the file names each row's level (层级) or term (届次): see showTarget().
    m_levelPicker = new QWidget(this);
    auto* levelRow = new QHBoxLayout(m_levelPicker);
    levelRow->setContentsMargins(0, 0, 0, 0);
    levelRow->addWidget(new QLabel(tr("Into level"), m_levelPicker));
    m_level = new QComboBox(m_levelPicker);
    for (registry::Level level : registry::allLevels())
        m_level->addItem(registry::levelName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(registry::OfficeSettings(m_db).officeLevel())));
    levelRow->addWidget(m_level);
    m_termPicker = new QWidget(this);
    auto* termRow = new QHBoxLayout(m_termPicker);
    termRow->setContentsMargins(0, 0, 0, 0);
    termRow->addWidget(new QLabel(tr("term"), m_termPicker));
    m_term = new QSpinBox(m_termPicker);
    m_term->setRange(1, 99);
    const auto current = [this] {
        const auto term = foundOrWarn(
            registry::TermStore(m_db).current(registry::Level(m_level->currentData().toInt())),
            this);
        m_term->setValue(term ? term->number : 1);
    };
    current();
    connect(m_level, &QComboBox::currentIndexChanged, this, [this, current] {
        current();
        replan();
    });
    connect(m_term, &QSpinBox::valueChanged, this, &ImportDialog::replan);
    termRow->addWidget(m_term);
    m_targetFromFile = new QLabel(this);
    m_targetFromFile->setObjectName(QStringLiteral("targetFromFile"));
    m_targetFromFile->hide();
    options->addWidget(m_levelPicker);
    options->addWidget(m_termPicker);
    options->addWidget(m_targetFromFile);
    options->addSpacing(16);
}

QWidget* ImportDialog::buildTables()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    m_mapping = new QTableWidget(0, 3, top);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column"), tr("Header in the file"), tr("Imported as")});
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    keepHeaderTextReadable(m_mapping->horizontalHeader());
    m_preview = new QTableWidget(top);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    top->addWidget(m_mapping);
    top->addWidget(m_preview);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 5);
    m_problems = new QListWidget(splitter);
    splitter->addWidget(top);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

ImportDialog::~ImportDialog() = default;

std::unique_ptr<usecase::ImportRun> ImportDialog::makeRun() const
{
    const auto onDuplicate =
        m_update->isChecked() ? imports::OnDuplicate::Update : imports::OnDuplicate::Skip;
    if (m_kind == Kind::Stations)
        return std::make_unique<usecase::StationImportRun>(
            m_db, imports::StationImportOptions{onDuplicate, m_createMissing->isChecked()});
    if (m_kind == Kind::Suggestions) {
        imports::SuggestionImportOptions options;
        options.createMissing = m_createMissing->isChecked();
        options.actor = operatorName();
        return std::make_unique<usecase::SuggestionImportRun>(m_db, options);
    }
    imports::RosterImportOptions options;
    // A row naming no level or term goes into the level and term shown; when the pickers are
    // hidden, into the office's level and that level's current term.
    if (m_levelPicker->isVisibleTo(this))
        options.level = registry::Level(m_level->currentData().toInt());
    if (m_termPicker->isVisibleTo(this))
        options.termNumber = m_term->value();
    options.onDuplicate = onDuplicate;
    options.createMissing = m_createMissing->isChecked();
    return std::make_unique<usecase::RosterImportRun>(m_db, options);
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a spreadsheet"),
                                     settings.value(QStringLiteral("import/folder")).toString(),
                                     tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    openFile(path);
}

void ImportDialog::setTarget(registry::Level level, int termNumber)
{
    if (!m_level)
        return;
    m_level->setCurrentIndex(m_level->findData(int(level)));
    m_term->setValue(termNumber);
}

bool ImportDialog::openFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_run = makeRun();
    m_source = {};
    const bool read = m_run->read(path);
    if (read)
        m_source = m_run->source();
    showMapping();
    replan();
    return read;
}

void ImportDialog::mapColumn(int column, const QString& field)
{
    for (auto it = m_source.mapping.columns.begin(); it != m_source.mapping.columns.end();)
        it = (it.value() == column || it.key() == field) ? m_source.mapping.columns.erase(it)
                                                         : std::next(it);
    if (!field.isEmpty())
        m_source.mapping.columns.insert(field, column);
    showMapping();
    replan();
}

void ImportDialog::showMapping()
{
    m_showing = true;
    QList<int> columns = m_source.mapping.headerTexts.keys();
    std::sort(columns.begin(), columns.end());
    m_mapping->setRowCount(int(columns.size()));
    const QList<imports::FieldSpec> fields = m_run ? m_run->fields() : QList<imports::FieldSpec>();
    for (int i = 0; i < columns.size(); ++i) {
        const int column = columns[i];
        m_mapping->setItem(i, 0, new QTableWidgetItem(imports::columnLetters(column)));
        m_mapping->setItem(i, 1, new QTableWidgetItem(m_source.mapping.headerTexts.value(column)));
        for (int c : {0, 1})
            m_mapping->item(i, c)->setFlags(Qt::ItemIsEnabled);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not imported)"), QString());
        for (const imports::FieldSpec& field : fields)
            combo->addItem(fieldLabel(field.code), field.code);
        combo->setCurrentIndex(std::max(0, combo->findData(m_source.mapping.columns.key(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            if (!m_showing)
                mapColumn(column, combo->currentData().toString());
        });
        m_mapping->setCellWidget(i, 2, combo);
    }
    m_mapping->resizeColumnsToContents();
    m_showing = false;
}

void ImportDialog::showTarget()
{
    if (!m_levelPicker)
        return;
    const int levelColumn = m_source.mapping.column(QStringLiteral("level"));
    const int termColumn = m_source.mapping.column(QStringLiteral("term"));
    m_levelPicker->setVisible(levelColumn == 0);
    m_termPicker->setVisible(levelColumn == 0 && termColumn == 0);
    m_targetFromFile->setVisible(levelColumn > 0 || termColumn > 0);
    const auto header = [this](int column) { return m_source.mapping.headerTexts.value(column); };
    if (levelColumn > 0 && termColumn > 0)
        m_targetFromFile->setText(tr("Each row goes into the level and term it names (%1, %2).")
                                      .arg(header(levelColumn), header(termColumn)));
    else if (levelColumn > 0)
        m_targetFromFile->setText(
            tr("Each row goes into the level it names (%1), in that level's current term.")
                .arg(header(levelColumn)));
    else if (termColumn > 0)
        m_targetFromFile->setText(
            tr("Each row goes into the term it names (%1).").arg(header(termColumn)));
}

void ImportDialog::replan()
{
    if (!m_run || m_showing)
        return;
    showTarget();
    if (!m_source.table.rows.isEmpty()) {
        m_run = makeRun();
        m_run->plan(m_source);
    }
    m_problems->clear();
    for (const QString& line : problemLines())
        m_problems->addItem(line);
    const imports::ImportCounts counts = m_run->planned();
    QString summary;
    if (!m_source.table.rows.isEmpty())
        summary = tr("Sheet “%1”, header on row %2: %3 new, %4 to update, %5 to skip.")
                      .arg(m_source.table.name)
                      .arg(m_source.mapping.headerRow)
                      .arg(counts.inserted)
                      .arg(counts.updated)
                      .arg(counts.skipped);
    if (!m_run->problems().isEmpty())
        summary += QLatin1Char(' ') + tr("%n problem(s) must be corrected in the file first.",
                                         nullptr, int(m_run->problems().size()));
    m_summary->setText(summary);
    m_import->setEnabled(m_run->canApply());
    showPreview();
}

QStringList ImportDialog::problemLines() const
{
    QStringList lines;
    if (!m_run)
        return lines;
    for (const imports::ImportProblem& problem : m_run->problems())
        lines << imports::describe(problem);
    const QString separator = tr(", ", "list separator");
    const bool consent = m_createMissing->isChecked();
    if (!m_run->missingTownships().isEmpty())
        lines << (consent ? tr("Will be created: townships %1")
                          : tr("Not yet on record: townships %1"))
                     .arg(m_run->missingTownships().join(separator));
    if (!m_run->missingStations().isEmpty())
        lines << (consent ? tr("Will be created: stations %1")
                          : tr("Not yet on record: stations %1"))
                     .arg(m_run->missingStations().join(separator));
    if (!m_run->missingAgencies().isEmpty())
        lines << (consent ? tr("Will be created: agencies %1")
                          : tr("Not yet on record: agencies %1"))
                     .arg(m_run->missingAgencies().join(separator));
    if (!m_run->missingCategories().isEmpty())
        lines << (consent ? tr("Will be created: categories %1")
                          : tr("Not yet on record: categories %1"))
                     .arg(m_run->missingCategories().join(separator));
    return lines;
}

void ImportDialog::showPreview()
{
    QList<int> columns = m_source.mapping.headerTexts.keys();
    std::sort(columns.begin(), columns.end());
    QList<const imports::Row*> rows;
    for (const imports::Row& row : std::as_const(m_source.table.rows))
        if (row.number > m_source.mapping.headerRow && rows.size() < kPreviewRows)
            rows << &row;
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(int(rows.size()));
    QStringList headers, rowNumbers;
    for (int column : std::as_const(columns))
        headers << m_source.mapping.headerTexts.value(column);
    m_preview->setHorizontalHeaderLabels(headers);
    QHash<int, int> rowAt;
    for (int i = 0; i < rows.size(); ++i) {
        rowNumbers << QString::number(rows[i]->number);
        rowAt.insert(rows[i]->number, i);
        for (int c = 0; c < columns.size(); ++c)
            if (const imports::Cell* cell = rows[i]->cell(columns[c]))
                m_preview->setItem(i, c, new QTableWidgetItem(cell->text));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    for (const imports::ImportProblem& problem :
         m_run ? m_run->problems() : QList<imports::ImportProblem>()) {
        const int row = rowAt.value(problem.row, -1);
        const int column = int(headers.indexOf(problem.column));
        if (row < 0)
            continue;
        for (int c = 0; c < columns.size(); ++c) {
            if (column >= 0 && c != column)
                continue;
            QTableWidgetItem* item = m_preview->item(row, c);
            if (!item)
                m_preview->setItem(row, c, item = new QTableWidgetItem);
            item->setBackground(kProblemColour);
            item->setToolTip(problem.message);
        }
    }
    m_preview->resizeColumnsToContents();
}

QString ImportDialog::resultText() const
{
    return tr("Imported: %1 new, %2 updated, %3 skipped.")
        .arg(m_counts.inserted)
        .arg(m_counts.updated)
        .arg(m_counts.skipped);
}

void ImportDialog::runImport()
{
    if (!m_run || !m_run->canApply())
        return;
    const Outcome outcome = m_run->apply(&m_counts);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Nothing was imported"), outcome.text());
        return;
    }
    accept(); // the main window's status bar reports the counts
}

} // namespace dd::ui
