#include "OperatorLogDialog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ListPrinter.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordHistory.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

void OperatorLogModel::setEntries(QList<storage::LogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end()); // the newest first
    endResetModel();
}

int OperatorLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OperatorLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const storage::LogEntry& e = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Operator:
        return e.operatorName.isEmpty() ? tr("(not named)") : e.operatorName;
    case What:
        return e.summary;
    case Changes:
        return changesText(e.changes,
                           role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    case Reason:
        return e.reason;
    default:
        return {};
    }
}

QVariant OperatorLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Operator:
        return tr("Operator");
    case What:
        return tr("What was done");
    case Changes:
        return tr("Changes");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

void OperatorLogFilter::setFilter(const std::optional<QString>& operatorName,
                                  const QStringList& prefixes, const QDate& from, const QDate& to,
                                  const QString& search)
{
    m_operator = operatorName;
    m_prefixes = prefixes;
    m_from = from;
    m_to = to;
    m_search = search.trimmed();
    invalidateFilter();
}

bool OperatorLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const storage::LogEntry& e =
        static_cast<const OperatorLogModel*>(sourceModel())->entry(sourceRow);
    if (m_operator && e.operatorName != *m_operator)
        return false;
    const QString kind = e.action.section(QLatin1Char('.'), 0, 0);
    if (!m_prefixes.isEmpty() && !m_prefixes.contains(kind))
        return false;
    const QDate day = QDate::fromString(e.at.left(10), Qt::ISODate);
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString changes =
        sourceModel()->index(sourceRow, OperatorLogModel::Changes).data().toString();
    return e.summary.contains(m_search, Qt::CaseInsensitive) ||
           e.operatorName.contains(m_search, Qt::CaseInsensitive) ||
           e.reason.contains(m_search, Qt::CaseInsensitive) ||
           changes.contains(m_search, Qt::CaseInsensitive);
}

OperatorLogDialog::OperatorLogDialog(storage::Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Operator log"));
    m_kinds = {
        {tr("All kinds"), {}},
        {tr("Deputies, stations and terms"),
         {QStringLiteral("deputy"), QStringLiteral("station"), QStringLiteral("session"),
          QStringLiteral("term")}},
        {tr("Concerns and suggestions"),
         {QStringLiteral("loop"), QStringLiteral("agency"), QStringLiteral("category")}},
        {tr("Activities, leave and rosters"),
         {QStringLiteral("activity"), QStringLiteral("activity_type"), QStringLiteral("leave"),
          QStringLiteral("roster")}},
        {tr("Settings, rules and the file"),
         {QStringLiteral("settings"), QStringLiteral("rules"), QStringLiteral("calendar"),
          QStringLiteral("office"), QStringLiteral("import")}},
        {tr("Exports and prints"), {QStringLiteral("export"), QStringLiteral("print")}},
    };
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("log-status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(buildFilters());
    m_model = new OperatorLogModel(this);
    m_filter = new OperatorLogFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this,
            [this] { previewList(this, m_view, windowTitle(), m_database.connection()); });
    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportViewWorkbook(this, m_view, windowTitle(), m_database.connection()); });
    load();
    resizeWithinScreen(this, QSize(1100, 680));
}

QWidget* OperatorLogDialog::buildFilters()
{
    auto* filters = new QWidget(this);
    auto* flow = new FlowLayout(filters);
    m_operator = new QComboBox(filters);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind = new QComboBox(filters);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const LogKind& kind : std::as_const(m_kinds))
        m_kind->addItem(kind.label);
    m_from = new QDateEdit(filters);
    m_to = new QDateEdit(filters);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_search = new QLineEdit(filters);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Words in the entry"));
    fitPlaceholder(m_search, 260);
    flow->addWidget(labelledFilter(tr("Operator"), m_operator, filters));
    flow->addWidget(labelledFilter(tr("Kind"), m_kind, filters));
    flow->addWidget(labelledFilter(tr("From"), m_from, filters));
    flow->addWidget(labelledFilter(tr("To"), m_to, filters));
    flow->addWidget(labelledFilter(tr("Search"), m_search, filters));
    connect(m_operator, &QComboBox::currentIndexChanged, this, &OperatorLogDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OperatorLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &OperatorLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &OperatorLogDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OperatorLogDialog::applyFilter);
    return filters;
}

void OperatorLogDialog::load()
{
    const QSqlDatabase db = m_database.connection();
    QList<storage::LogEntry> entries = listOrWarn(storage::OperatorLog(db).list(), this);
    QSet<QString> names;
    for (const storage::LogEntry& entry : std::as_const(entries))
        names.insert(entry.operatorName);
    QStringList operators(names.cbegin(), names.cend());
    operators.sort();
    const QSignalBlocker blockOperator(m_operator);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_operator->clear();
    m_operator->addItem(tr("All operators"));
    for (const QString& name : std::as_const(operators))
        m_operator->addItem(name.isEmpty() ? tr("(not named)") : name, name);
    const QDate first = entries.isEmpty()
                            ? Clock::today()
                            : QDate::fromString(entries.first().at.left(10), Qt::ISODate);
    m_from->setDate(first);
    m_to->setDate(std::max(Clock::today(), first));
    const qsizetype count = entries.size();
    m_model->setEntries(std::move(entries));
    const auto problems = storage::checkOperatorLog(m_database.path(), db);
    if (problems && problems->isEmpty()) {
        m_status->setStyleSheet({});
        m_status->setText(tr("%n entry(ies). The log is whole: no entry was changed or removed.",
                             nullptr, int(count)));
    } else {
        m_status->setStyleSheet(palette::errorText());
        m_status->setText(problems ? problems->join(QLatin1Char('\n')) : problems.error());
    }
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(OperatorLogModel::What,
                           std::min(m_view->columnWidth(OperatorLogModel::What), 520));
    applyFilter();
}

void OperatorLogDialog::applyFilter()
{
    const QVariant chosen = m_operator->currentData();
    m_filter->setFilter(m_operator->currentIndex() > 0 ? std::optional(chosen.toString())
                                                       : std::nullopt,
                        m_kinds.value(m_kind->currentIndex()).prefixes, m_from->date(),
                        m_to->date(), m_search->text());
}

} // namespace dd::ui
