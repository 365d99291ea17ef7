#include "MainWindow.h"

#include "DeputyTableModel.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    const OfficeSettings settings(m_database->connection());
    setWindowTitle(tr("%1 — %2 — DeputyDesk")
                       .arg(settings.congressName(), QDir::toNativeSeparators(m_database->path())));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->addItems({tr("Home"), tr("Deputies"), tr("Stations")});
    m_navigation->setFixedWidth(140);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(buildHomePage());
    m_pages->addWidget(buildDeputiesPage());
    m_pages->addWidget(buildStationsPage());
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    QSettings pcSettings;
    m_navigation->setCurrentRow(pcSettings.value(QStringLiteral("window/page"), 0).toInt());
    if (!restoreGeometry(pcSettings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    event->accept();
}

QWidget* MainWindow::buildHomePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::buildDeputiesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search by name, unit, phone, pinyin or initials (e.g. zs)"));
    m_search->setClearButtonEnabled(true);
    m_deputies = new DeputyTableModel(this);
    m_deputyProxy = new DeputyFilterProxy(this);
    m_deputyProxy->setSourceModel(m_deputies);
    m_deputyProxy->setSortRole(DeputyTableModel::SortKeyRole);
    m_deputyView = new QTableView(page);
    m_deputyView->setModel(m_deputyProxy);
    m_deputyView->setSortingEnabled(true);
    m_deputyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deputyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deputyView->verticalHeader()->setDefaultSectionSize(26);
    m_deputyView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_search);
    layout->addWidget(m_deputyView, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_deputyProxy->setSearch(text);
        updateStatus();
    });
    return page;
}

QWidget* MainWindow::buildStationsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_stationView = new QTableView(page);
    m_stationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stationView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_stationView);
    return page;
}

void MainWindow::reload()
{
    const QSqlDatabase db = m_database->connection();
    const QList<DeputyRow> rows = DeputyStore(db).list(DeputyFilter{});
    m_deputies->setRows(rows);
    m_deputyProxy->sort(DeputyTableModel::Name);
    m_deputyView->resizeColumnsToContents();
    updateStatus();

    const QList<StationRow> stations = StationStore(db).list();
    auto* stationModel = new QStandardItemModel(int(stations.size()), 6, m_stationView);
    stationModel->setHorizontalHeaderLabels({tr("Station name"), tr("Kind"), tr("Township"),
                                             tr("Stars"), tr("Reception day"), tr("Deputies")});
    for (int i = 0; i < stations.size(); ++i) {
        const StationRow& s = stations.at(i);
        const QStringList cells = {
            s.station.name,          stationKindName(s.station.kind),
            s.townshipName,          QString(s.station.starRating, QChar(0x2605)),
            s.station.receptionRule, QString::number(s.deputyCount)};
        for (int c = 0; c < cells.size(); ++c)
            stationModel->setItem(i, c, new QStandardItem(cells.at(c)));
    }
    delete m_stationView->model();
    m_stationView->setModel(stationModel);
    m_stationView->resizeColumnsToContents();

    QMap<Level, int> byLevel;
    for (const DeputyRow& row : rows)
        ++byLevel[row.membership.level];
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table cellpadding='4'>")
                       .arg(OfficeSettings(db).congressName().toHtmlEscaped(),
                            tr("Serving deputies in the current terms, by level:"));
    for (Level level : allLevels())
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(levelName(level))
                    .arg(byLevel.value(level));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("%n liaison station(s)", nullptr, int(stations.size())));
    m_summary->setText(html);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_stationView->model())
        return; // still starting
    if (m_pages->currentIndex() == 2)
        statusBar()->showMessage(
            tr("%n liaison station(s)", nullptr, m_stationView->model()->rowCount()));
    else if (m_pages->currentIndex() == 1)
        statusBar()->showMessage(tr("%1 of %2 deputy memberships shown")
                                     .arg(m_deputyProxy->rowCount())
                                     .arg(m_deputies->rowCount()));
    else
        statusBar()->clearMessage();
}

} // namespace dd::ui
