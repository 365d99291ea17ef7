#include "FilterBar.h"

#include "Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace dd::ui {

FilterBar::FilterBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("filter-bar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, palette::bannerFill());
    setPalette(colours);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 2, 2);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    row->addWidget(m_text, 1);
    auto* clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("clear-filters"));
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    row->addWidget(clearButton);
    hide();
}

void FilterBar::watchSearch(QLineEdit* search)
{
    m_watched.append({QString(), [search] { return search->text().trimmed(); },
                      [search] { search->clear(); }, search});
}

void FilterBar::watch(const QString& label, QComboBox* box)
{
    m_watched.append({label,
                      [box] { return box->currentIndex() > 0 ? box->currentText() : QString(); },
                      [box] { box->setCurrentIndex(0); }, box});
}

void FilterBar::watch(const QString& label, QLineEdit* field)
{
    m_watched.append(
        {label, [field] { return field->text().trimmed(); }, [field] { field->clear(); }, field});
}

void FilterBar::watch(const QString& label, std::function<QString()> value,
                      std::function<void()> reset)
{
    m_watched.append({label, std::move(value), std::move(reset), nullptr});
}

QStringList FilterBar::inUse() const
{
    QStringList filters;
    for (const Watched& watched : m_watched) {
        const QString value = watched.value();
        if (value.isEmpty())
            continue;
        filters << (watched.label.isEmpty() ? tr("search “%1”").arg(value)
                                            : tr("%1 = %2").arg(watched.label, value));
    }
    return filters;
}

void FilterBar::update(int shown, int whole)
{
    m_whole = whole;
    const QStringList filters = inUse();
    setVisible(!filters.isEmpty());
    if (filters.isEmpty())
        return;
    const QLocale locale;
    m_text->setText(tr("Filtered: %1 — showing %2 of %3")
                        .arg(locale.createSeparatedList(filters), locale.toString(shown),
                             locale.toString(whole)));
}

QString FilterBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void FilterBar::clear()
{
    for (const Watched& watched : m_watched) {
        const QSignalBlocker blocker(watched.widget);
        watched.reset();
    }
    Q_EMIT cleared();
}

bool confirmListOutput(QWidget* parent, FilterBar* bar, const QString& title,
                       const std::function<int()>& shown)
{
    if (bar->filtered()) {
        const int rows = shown();
        QMessageBox box(
            QMessageBox::Question, title,
            FilterBar::tr("The list is filtered (%1): %n row(s) of %2 shown.", nullptr, rows)
                .arg(QLocale().createSeparatedList(bar->inUse()), QLocale().toString(bar->whole())),
            QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("filtered-output"));
        box.setInformativeText(FilterBar::tr("Use only the rows shown, or the whole list?"));
        QPushButton* onlyShown = box.addButton(FilterBar::tr("Only the %n shown", nullptr, rows),
                                               QMessageBox::AcceptRole);
        onlyShown->setObjectName(QStringLiteral("only-shown"));
        onlyShown->setEnabled(rows > 0);
        QPushButton* whole = box.addButton(
            FilterBar::tr("The whole list (%1)").arg(QLocale().toString(bar->whole())),
            QMessageBox::AcceptRole);
        whole->setObjectName(QStringLiteral("whole-list"));
        box.setDefaultButton(rows > 0 ? onlyShown : whole);
        box.exec();
        if (box.clickedButton() == whole)
            bar->clear();
        else if (box.clickedButton() != onlyShown)
            return false;
    }
    if (shown() > 0)
        return true;
    QMessageBox empty(QMessageBox::Question, title,
                      FilterBar::tr("The list is empty: there is no row to write. Go on anyway?"),
                      QMessageBox::Yes | QMessageBox::Cancel, parent);
    empty.setObjectName(QStringLiteral("empty-output"));
    empty.setDefaultButton(QMessageBox::Cancel);
    return empty.exec() == QMessageBox::Yes;
}

} // namespace dd::ui
