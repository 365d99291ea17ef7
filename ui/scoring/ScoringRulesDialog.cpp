#include "ScoringRulesDialog.h"

#include "activities/ActivityStore.h"
#include "common/BuiltInNames.h"
#include "scoring/RuleStore.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/ScoringActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

using namespace scoring;

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int StoredNameRole = Qt::UserRole + 1; // a name as kept, shown in the screen's language

// A name cell shown in the screen's language (a built-in 称职 reads "Competent" in English).
QTableWidgetItem* nameItem(const QString& stored)
{
    auto* item = new QTableWidgetItem(displayName(stored));
    item->setData(StoredNameRole, stored);
    return item;
}

// The name to keep: the stored one while the clerk left the shown name alone, else what was typed.
QString storedName(const QTableWidgetItem* item)
{
    if (!item)
        return {};
    const QString text = item->text().trimmed();
    const QString stored = item->data(StoredNameRole).toString();
    return !stored.isEmpty() && text == displayName(stored) ? stored : text;
}

// The word for suggestions in "what counts", in the screen's language.
QString suggestionsWord()
{
    return displayName(QStringLiteral("建议"));
}

QDoubleSpinBox* pointsBox(QWidget* parent, double minimum = -100)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, 1000);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("-1000.0")) + 48);
    return box;
}

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem* numberItem(double value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value, 'g', 6));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScoringRulesDialog::ScoringRulesDialog(QSqlDatabase db, int year, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Scoring rules"));
    for (const activities::ActivityType& type :
         listOrWarn(activities::ActivityStore(m_db).types(), this))
        m_types.append({type.code, type.name});
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_year->setObjectName(QStringLiteral("rules-year"));
    m_level = new QComboBox(this);
    m_level->addItem(tr("Every level"));
    for (registry::Level level : registry::allLevels())
        m_level->addItem(registry::levelName(level), int(level));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("rules-state"));
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addWidget(new QLabel(tr("Level"), this));
    top->addWidget(m_level);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildActivities(), tr("Activities"));
    tabs->addTab(buildItems(), tr("Suggestions and concerns"));
    tabs->addTab(buildMinimums(), tr("Minimums and grades"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    const auto action = [&](const QString& text, const char* name,
                            void (ScoringRulesDialog::*slot)()) {
        QPushButton* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
    };
    action(tr("Copy from the year before"), "copy-previous", &ScoringRulesDialog::copyPreviousYear);
    action(tr("Import…"), "import-rules", &ScoringRulesDialog::importFile);
    action(tr("Export…"), "export-rules", &ScoringRulesDialog::exportFile);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ScoringRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &ScoringRulesDialog::load);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ScoringRulesDialog::load);
    resizeWithinScreen(this, QSize(900, 640));
    load();
}

QWidget* ScoringRulesDialog::buildActivities()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_activities = table(page, {tr("Activity type"), tr("Present, each"), tr("On leave"),
                                tr("Absent without leave"), tr("Yearly cap (0: none)")});
    m_activities->setObjectName(QStringLiteral("activity-rules"));
    layout->addWidget(m_activities, 1);
    auto* form = new QFormLayout;
    m_base = pointsBox(page, 0);
    m_base->setObjectName(QStringLiteral("base"));
    m_totalCap = pointsBox(page, 1);
    m_otherAbsence = pointsBox(page);
    form->addRow(tr("Base score"), m_base);
    form->addRow(tr("Total capped at"), m_totalCap);
    form->addRow(tr("Any other absence without leave"), m_otherAbsence);
    layout->addLayout(form);
    return page;
}

QWidget* ScoringRulesDialog::buildItems()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    for (const QString& label :
         {tr("Suggestion as lead deputy"), tr("Suggestion as co-signer"),
          tr("Key supervision (lead deputy)"), tr("Rated excellent (lead deputy)"),
          tr("Concern received and closed satisfied")}) {
        auto* row = new QWidget(page);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QDoubleSpinBox* points = pointsBox(row, 0);
        QDoubleSpinBox* cap = pointsBox(row, 0);
        h->addWidget(points);
        h->addWidget(new QLabel(tr("points, yearly cap (0: none)"), row));
        h->addWidget(cap);
        h->addStretch(1);
        form->addRow(label, row);
        m_items.append(std::pair{points, cap});
    }
    return page;
}

QWidget* ScoringRulesDialog::buildMinimums()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("Yearly minimums: what counts is activity types (or %1 for suggestions) separated "
           "by 、; a minimum missed at the year's end is deducted.")
            .arg(suggestionsWord()),
        page));
    m_minimums =
        table(page, {tr("Yearly minimum"), tr("What counts"), tr("Required"), tr("Deducted")});
    m_minimums->setObjectName(QStringLiteral("minimum-rules"));
    m_minimums->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_minimums, 1);
    m_grades = table(page, {tr("Grade"), tr("From total"), tr("Only with every minimum met")});
    m_grades->setObjectName(QStringLiteral("grade-rules"));
    connect(m_grades, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 0)
            fillGradeCaps(m_gradeCap->currentData().toString());
    });
    layout->addWidget(m_grades, 1);
    auto* rowButtons = new QHBoxLayout;
    const auto add = [&](const QString& text, QTableWidget* target) {
        auto* plus = new QPushButton(text, page);
        connect(plus, &QPushButton::clicked, this,
                [target] { target->insertRow(target->rowCount()); });
        rowButtons->addWidget(plus);
    };
    add(tr("Add a minimum"), m_minimums);
    add(tr("Add a grade"), m_grades);
    auto* remove = new QPushButton(tr("Remove the selected rows"), page);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QTableWidget* t : {m_minimums, m_grades}) {
            QList<int> rows;
            for (const QModelIndex& index : t->selectionModel()->selectedRows())
                rows << index.row();
            std::sort(rows.begin(), rows.end(), std::greater<>());
            for (int row : std::as_const(rows))
                t->removeRow(row);
        }
    });
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    auto* form = new QFormLayout;
    m_gradeCap = new QComboBox(page);
    m_gradeCap->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_alertAfter = new QSpinBox(page);
    m_alertAfter->setRange(0, 9);
    m_alertAfter->setMaximumWidth(
        m_alertAfter->fontMetrics().horizontalAdvance(QStringLiteral("never")) + 48);
    m_alertAfter->setSpecialValueText(tr("never"));
    form->addRow(tr("An unexcused session absence caps the grade at"), m_gradeCap);
    form->addRow(tr("Deputies-Law alert after this many unexcused session absences"), m_alertAfter);
    layout->addLayout(form);
    return page;
}

std::optional<registry::Level> ScoringRulesDialog::level() const
{
    const QVariant data = m_level->currentData();
    return data.isValid() ? std::optional(registry::Level(data.toInt())) : std::nullopt;
}

void ScoringRulesDialog::load()
{
    const RuleStore store(m_db);
    const int year = m_year->value();
    const auto rules = store.rulesFor(year, level());
    const auto own = store.hasOwnSet(year, level());
    if (!rules || !own) {
        warnReadFailure(this, !rules ? rules.error() : own.error());
        return;
    }
    setRules(*rules);
    m_state->setText(*own ? tr("%1 has a rule set of its own.").arg(year)
                          : tr("%1 has no rule set of its own yet: these are the ones that score "
                               "it now. Saving makes them %1's own.")
                                .arg(year));
}

void ScoringRulesDialog::setRules(const ScoringRules& rules)
{
    m_activities->setRowCount(int(rules.activities.size()));
    for (int row = 0; row < rules.activities.size(); ++row) {
        const ActivityRule& rule = rules.activities.at(row);
        auto* name = new QTableWidgetItem(builtInName(rule.typeName));
        name->setData(CodeRole, rule.typeCode);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_activities->setItem(row, 0, name);
        m_activities->setItem(row, 1, numberItem(rule.present));
        m_activities->setItem(row, 2, numberItem(rule.leave));
        m_activities->setItem(row, 3, numberItem(rule.absent));
        m_activities->setItem(row, 4, numberItem(rule.yearlyCap));
    }
    m_base->setValue(rules.base);
    m_totalCap->setValue(rules.totalCap);
    m_otherAbsence->setValue(rules.otherAbsence);
    const ItemRule* items[] = {&rules.suggestionLead, &rules.suggestionCosigner,
                               &rules.keySupervision, &rules.excellent, &rules.concernSatisfied};
    for (int i = 0; i < m_items.size(); ++i) {
        m_items[i].first->setValue(items[i]->points);
        m_items[i].second->setValue(items[i]->yearlyCap);
    }
    m_minimums->setRowCount(int(rules.minimums.size()));
    for (int row = 0; row < rules.minimums.size(); ++row) {
        const MinimumRule& rule = rules.minimums.at(row);
        QStringList counted;
        for (const QString& code : rule.counts) {
            QString name = code == QLatin1String(kSuggestionCounts) ? suggestionsWord() : code;
            for (const auto& [typeCode, typeName] : m_types)
                if (typeCode == code)
                    name = builtInName(typeName);
            counted << name;
        }
        auto* name = nameItem(rule.name);
        name->setData(CodeRole, rule.code);
        m_minimums->setItem(row, 0, name);
        m_minimums->setItem(row, 1, new QTableWidgetItem(counted.join(QStringLiteral("、"))));
        m_minimums->setItem(row, 2, numberItem(rule.required));
        m_minimums->setItem(row, 3, numberItem(rule.deduction));
    }
    m_grades->setRowCount(int(rules.grades.size()));
    for (int row = 0; row < rules.grades.size(); ++row) {
        const GradeBand& band = rules.grades.at(row);
        m_grades->setItem(row, 0, nameItem(band.name));
        m_grades->setItem(row, 1, numberItem(band.minimumTotal));
        auto* needed = new QTableWidgetItem;
        needed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        needed->setCheckState(band.requiresMinimums ? Qt::Checked : Qt::Unchecked);
        m_grades->setItem(row, 2, needed);
    }
    fillGradeCaps(rules.sessionAbsenceGradeCap);
    m_alertAfter->setValue(rules.alertAfterSessionAbsences);
}

void ScoringRulesDialog::fillGradeCaps(const QString& chosen)
{
    m_gradeCap->clear();
    m_gradeCap->addItem(tr("(no cap)"), QString());
    for (int row = 0; row < m_grades->rowCount(); ++row)
        if (const QTableWidgetItem* item = m_grades->item(row, 0))
            m_gradeCap->addItem(item->text(), storedName(item));
    m_gradeCap->setCurrentIndex(std::max(0, m_gradeCap->findData(chosen)));
}

std::optional<ScoringRules> ScoringRulesDialog::rules(QStringList* errors) const
{
    ScoringRules rules;
    rules.year = m_year->value();
    rules.level = level();
    const auto cellNumber = [&](const QTableWidget* t, int row, int column, const QString& tab) {
        const QTableWidgetItem* item = t->item(row, column);
        const QString text = item ? item->text().trimmed() : QString();
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = text.toDouble(&ok);
        if (!ok && !text.isEmpty())
            errors->append(tr("%1, row %2, %3: “%4” is not a number")
                               .arg(tab)
                               .arg(row + 1)
                               .arg(t->horizontalHeaderItem(column)->text(), text));
        return ok ? value : 0.0;
    };
    for (int row = 0; row < m_activities->rowCount(); ++row)
        rules.activities.append({m_activities->item(row, 0)->data(CodeRole).toString(),
                                 m_activities->item(row, 0)->text(),
                                 cellNumber(m_activities, row, 1, tr("Activities")),
                                 cellNumber(m_activities, row, 2, tr("Activities")),
                                 cellNumber(m_activities, row, 3, tr("Activities")),
                                 cellNumber(m_activities, row, 4, tr("Activities"))});
    rules.base = m_base->value();
    rules.totalCap = m_totalCap->value();
    rules.otherAbsence = m_otherAbsence->value();
    ItemRule* items[] = {&rules.suggestionLead, &rules.suggestionCosigner, &rules.keySupervision,
                         &rules.excellent, &rules.concernSatisfied};
    for (int i = 0; i < m_items.size(); ++i)
        *items[i] = {m_items.at(i).first->value(), m_items.at(i).second->value()};
    const QString minimumsTab = tr("Yearly minimums");
    for (int row = 0; row < m_minimums->rowCount(); ++row) {
        const QTableWidgetItem* name = m_minimums->item(row, 0);
        const QTableWidgetItem* counts = m_minimums->item(row, 1);
        MinimumRule rule;
        rule.name = storedName(name);
        rule.code = name && !name->data(CodeRole).toString().isEmpty()
                        ? name->data(CodeRole).toString()
                        : QStringLiteral("minimum_%1").arg(row + 1);
        const QStringList words =
            (counts ? counts->text() : QString())
                .split(QRegularExpression(QStringLiteral("[、,，;；]")), Qt::SkipEmptyParts);
        for (QString word : words) {
            word = word.trimmed();
            QString code;
            if (word == QStringLiteral("建议") || word == QLatin1String(kSuggestionCounts) ||
                word == suggestionsWord() || word == tr("suggestions"))
                code = QLatin1String(kSuggestionCounts);
            for (const auto& [typeCode, typeName] : m_types)
                if (typeName == word || typeCode == word || builtInName(typeName) == word)
                    code = typeCode;
            if (code.isEmpty())
                errors->append(tr("%1, row %2: “%3” is not an activity type")
                                   .arg(minimumsTab)
                                   .arg(row + 1)
                                   .arg(word));
            else
                rule.counts << code;
        }
        rule.required = int(cellNumber(m_minimums, row, 2, minimumsTab));
        rule.deduction = cellNumber(m_minimums, row, 3, minimumsTab);
        rules.minimums << rule;
    }
    for (int row = 0; row < m_grades->rowCount(); ++row) {
        const QTableWidgetItem* name = m_grades->item(row, 0);
        const QTableWidgetItem* needed = m_grades->item(row, 2);
        rules.grades.append({storedName(name), cellNumber(m_grades, row, 1, tr("Grades")),
                             needed && needed->checkState() == Qt::Checked});
    }
    rules.sessionAbsenceGradeCap = m_gradeCap->currentData().toString();
    rules.alertAfterSessionAbsences = m_alertAfter->value();
    if (!errors->isEmpty())
        return std::nullopt;
    for (const FieldError& error : rules.validate())
        errors->append(error.field + QStringLiteral(": ") + error.message);
    if (!errors->isEmpty())
        return std::nullopt;
    return rules;
}

bool ScoringRulesDialog::save()
{
    QStringList errors;
    const auto edited = rules(&errors);
    Outcome outcome = edited ? usecase::saveScoringRules(m_db, *edited) : Outcome::success();
    for (const FieldError& error : outcome.errors)
        errors.append(error.field + QStringLiteral(": ") + error.message);
    if (!edited || !outcome.ok()) {
        QMessageBox::warning(this, tr("The rules were not saved"),
                             errors.isEmpty() ? outcome.text() : errors.join(QLatin1Char('\n')));
        return false;
    }
    m_saved = true;
    load();
    m_state->setText(tr("Saved: the scores of %1 follow these rules now.").arg(edited->year));
    return true;
}

void ScoringRulesDialog::copyPreviousYear()
{
    // Shown, not saved: the clerk looks at last year's rules for this year before saving them.
    auto previous = RuleStore(m_db).rulesFor(m_year->value() - 1, level());
    if (!previous) {
        warnReadFailure(this, previous.error());
        return;
    }
    previous->year = m_year->value();
    setRules(*previous);
    m_state->setText(tr("The rules of %1 are shown for %2: change them as needed and save.")
                         .arg(m_year->value() - 1)
                         .arg(m_year->value()));
}

void ScoringRulesDialog::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a rule set"), {}, tr("Rule set (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QStringList errors;
    std::optional<ScoringRules> read;
    if (!file.open(QIODevice::ReadOnly)) {
        errors << file.errorString();
    } else {
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(4 << 20), &parse);
        FieldErrors fields;
        if (document.isObject())
            read = ScoringRules::fromJson(document.object(), &fields);
        else
            errors << parse.errorString();
        for (const FieldError& error : std::as_const(fields))
            errors << error.field + QStringLiteral(": ") + error.message;
    }
    if (!read) {
        QMessageBox::warning(
            this, tr("Import a rule set"),
            tr("%1 is not a rule set DeputyDesk can read:\n%2")
                .arg(QDir::toNativeSeparators(path), errors.join(QLatin1Char('\n'))));
        return;
    }
    read->year = m_year->value();
    setRules(*read);
    m_state->setText(tr("Read from %1 for %2: check and save.")
                         .arg(QFileInfo(path).fileName())
                         .arg(m_year->value()));
}

void ScoringRulesDialog::exportFile()
{
    QStringList errors;
    const auto shown = rules(&errors);
    if (!shown) {
        QMessageBox::warning(this, tr("Export a rule set"), errors.join(QLatin1Char('\n')));
        return;
    }
    const QString path =
        askSavePath(this, tr("Export a rule set"), tr("Scoring rules %1.json").arg(shown->year),
                    tr("Rule set (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(shown->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(this, tr("Export a rule set"), file.errorString());
}

} // namespace dd::ui
