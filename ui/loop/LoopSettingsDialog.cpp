#include "LoopSettingsDialog.h"

#include "AgencyEditor.h"
#include "loop/AgencyStore.h"
#include "loop/LoopLimits.h"
#include "registry/OfficeSettings.h"
#include "ui/calendar/CalendarEditor.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/LoopActions.h"
#include "usecases/SettingsActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

// What each limit means, in the order domain.md lists them.
QString limitLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("limit.order_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Deputy decides (working days)")},
        {QStringLiteral("limit.dispatch_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Dispatch (working days)")},
        {QStringLiteral("limit.return_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Return by an agency (working days)")},
        {QStringLiteral("limit.concern_reply_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Reply to a concern (working days)")},
        {QStringLiteral("limit.suggestion_reply_months"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Reply to a suggestion (months)")},
        {QStringLiteral("limit.extension_max_months"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Longest with extensions (months)")},
        {QStringLiteral("limit.evaluation_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog",
                           "Follow-up and evaluation (working days)")},
        {QStringLiteral("limit.rehandling_months"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog", "Re-handling reply (months)")},
        {QStringLiteral("limit.due_soon_days"),
         QT_TRANSLATE_NOOP("dd::ui::LoopSettingsDialog",
                           "Warn as due soon (working days before)")}};
    return QCoreApplication::translate("dd::ui::LoopSettingsDialog", labels.value(key));
}

} // namespace

LoopSettingsDialog::LoopSettingsDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Concerns and suggestions: settings"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildLimits(), tr("Time limits"));
    tabs->addTab(buildCategories(), tr("Categories"));
    m_agencies = new AgencyEditor(m_db, tabs);
    tabs->addTab(m_agencies, tr("Agencies"));
    m_calendar = new CalendarEditor(m_db, tabs);
    tabs->addTab(m_calendar, tr("Holiday calendar"));
    layout->addWidget(tabs, 1);
    m_error = new QLabel(this);
    m_error->setStyleSheet(palette::errorText());
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoopSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoopSettingsDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 600));
}

QWidget* LoopSettingsDialog::buildLimits()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("Working days skip weekends and holidays and count make-up "
                               "workdays; counting starts the working day after the event."),
                            page));
    const registry::OfficeSettings settings(m_db);
    for (const auto& [key, fallback] : loop::LoopLimits::settingKeys()) {
        auto* box = new QSpinBox(page);
        box->setRange(1, 366);
        box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 48);
        box->setValue(settings.value(key, QString::number(fallback)).toInt());
        form->addRow(limitLabel(key), box);
        m_limits.append({key, box});
    }
    return page;
}

QWidget* LoopSettingsDialog::buildCategories()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_categories = new QListWidget(page);
    layout->addWidget(m_categories, 1);
    auto* row = new QHBoxLayout;
    m_newCategory = new QLineEdit(page);
    m_newCategory->setPlaceholderText(tr("A new category, e.g. 乡村振兴"));
    auto* add = new QPushButton(tr("Add"), page);
    row->addWidget(m_newCategory, 1);
    row->addWidget(add);
    layout->addLayout(row);
    m_categoryError = new QLabel(page);
    m_categoryError->setStyleSheet(palette::errorText());
    layout->addWidget(m_categoryError);
    layout->addWidget(new QLabel(tr("Categories in use stay: items keep the category they were "
                                    "recorded with."),
                                 page));
    connect(add, &QPushButton::clicked, this, &LoopSettingsDialog::addCategory);
    connect(m_newCategory, &QLineEdit::returnPressed, this, &LoopSettingsDialog::addCategory);
    reloadCategories();
    return page;
}

void LoopSettingsDialog::reloadCategories()
{
    m_categories->clear();
    m_categories->addItems(loop::categories(m_db));
}

bool LoopSettingsDialog::addCategory()
{
    const Outcome outcome = usecase::addCategory(m_db, m_newCategory->text());
    m_categoryError->setText(outcome.ok() ? QString() : outcome.text());
    if (!outcome.ok())
        return false;
    m_newCategory->clear();
    reloadCategories();
    return true;
}

QSpinBox* LoopSettingsDialog::limitBox(const QString& key) const
{
    for (const auto& [limit, box] : m_limits)
        if (limit == key)
            return box;
    return nullptr;
}

void LoopSettingsDialog::accept()
{
    // OK keeps the calendar rows shown as well, so an edit is not lost for want of its button;
    // the calendar and the limits are saved together, since the deadlines count on both.
    usecase::LoopSettingsChange change{m_calendar->year(), m_calendar->days(), {}};
    for (const auto& [key, box] : std::as_const(m_limits))
        change.limits.append({key, QString::number(box->value())});
    if (const Outcome outcome = usecase::saveLoopSettings(m_db, change); !outcome.ok()) {
        m_error->setText(outcome.text());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui
