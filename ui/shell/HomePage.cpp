#include "HomePage.h"

#include "common/Clock.h"
#include "loop/LateItems.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/ReadFailure.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dd::ui {

namespace {
QString row(const QStringList& cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += QStringLiteral("<%1 align='%2' style='padding:3px 10px'>%3</%1>")
                    .arg(header ? QStringLiteral("th") : QStringLiteral("td"),
                         i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         cells[i].toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}
} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 3);
    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("<b>Concerns and suggestions</b>"), this));
    for (loop::ItemKind kind : {loop::ItemKind::Concern, loop::ItemKind::Suggestion}) {
        for (bool dueSoon : {false, true}) {
            auto* link = new QPushButton(this);
            link->setObjectName(
                QStringLiteral("home-%1-%2")
                    .arg(kind == loop::ItemKind::Concern ? QLatin1String("concerns")
                                                         : QLatin1String("suggestions"),
                         dueSoon ? QLatin1String("due-soon") : QLatin1String("overdue")));
            link->setStyleSheet(QStringLiteral("text-align:left; padding:6px; color:%1;")
                                    .arg((dueSoon ? palette::warning() : palette::error()).name()));
            side->addWidget(link);
            connect(link, &QPushButton::clicked, this,
                    [this, kind, dueSoon] { Q_EMIT lateItemsRequested(kind, dueSoon); });
            m_late[index(kind)][dueSoon ? 1 : 0] = link;
        }
    }
    side->addSpacing(12);
    side->addWidget(new QLabel(tr("<b>Recent databases</b>"), this));
    m_recent = new QListWidget(this);
    m_recent->setToolTip(tr("Double-click to open"));
    side->addWidget(m_recent, 1);
    layout->addLayout(side, 2);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
}

void HomePage::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reload();
}

void HomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        // The name first; the folder after it tells apart two files of the same name.
        const QFileInfo file(path);
        auto* item = new QListWidgetItem(file.fileName() + QStringLiteral("  —  ") +
                                             QDir::toNativeSeparators(file.absolutePath()),
                                         m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
}

QString HomePage::summaryText() const
{
    return m_summary->text();
}

void HomePage::reload()
{
    if (!m_db.isValid())
        return;
    const loop::LoopStore store(m_db);
    const loop::LateItems late = valueOrWarn(loop::lateItems(store, Clock::today()), this);
    const auto count = [](const QList<loop::Item>& items, loop::ItemKind kind) {
        return int(std::count_if(items.cbegin(), items.cend(),
                                 [kind](const loop::Item& item) { return item.kind == kind; }));
    };
    const int days = store.deadlines().limits().dueSoonDays;
    const auto concerns = loop::ItemKind::Concern;
    const auto suggestions = loop::ItemKind::Suggestion;
    overdueButton(concerns)->setText(
        tr("%n concern(s) overdue — open the list", nullptr, count(late.overdue, concerns)));
    dueSoonButton(concerns)->setText(
        tr("%n concern(s) due within %1 working days", nullptr, count(late.dueSoon, concerns))
            .arg(days));
    overdueButton(suggestions)
        ->setText(tr("%n suggestion(s) overdue — open the list", nullptr,
                     count(late.overdue, suggestions)));
    dueSoonButton(suggestions)
        ->setText(tr("%n suggestion(s) due within %1 working days", nullptr,
                     count(late.dueSoon, suggestions))
                      .arg(days));

    registry::DeputyFilter any;
    any.status.reset();
    QMap<registry::Level, QMap<registry::MembershipStatus, int>> counts;
    for (const registry::DeputyRow& deputy :
         listOrWarn(registry::DeputyStore(m_db).list(any), this))
        ++counts[deputy.membership.level][deputy.membership.status];
    const QList<registry::MembershipStatus> statuses = {registry::MembershipStatus::Active,
                                                        registry::MembershipStatus::Terminated,
                                                        registry::MembershipStatus::Resigned};
    QString html = QStringLiteral("<h2>%1</h2><h3>%2</h3><table cellspacing='0'>")
                       .arg(registry::OfficeSettings(m_db).congressName().toHtmlEscaped(),
                            tr("Deputies in the current terms").toHtmlEscaped());
    QStringList header = {tr("Level")};
    for (registry::MembershipStatus status : statuses)
        header << registry::statusName(status);
    html += row(header, true);
    for (registry::Level level : registry::allLevels()) {
        QStringList cells = {registry::levelName(level)};
        for (registry::MembershipStatus status : statuses)
            cells << QString::number(counts.value(level).value(status));
        html += row(cells);
    }
    html += QStringLiteral("</table>");

    QMap<QString, int> byKind;
    QMap<int, int> byStars;
    const QList<registry::StationRow> stations =
        listOrWarn(registry::StationStore(m_db).list(), this);
    for (const registry::StationRow& station : stations) {
        ++byKind[station.station.kind];
        ++byStars[station.station.starRating];
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing='0'>")
                .arg(tr("%n liaison station(s)", nullptr, int(stations.size())).toHtmlEscaped());
    html += row({tr("Kind"), tr("Stations")}, true);
    for (const QString& kind : registry::stationKindCodes())
        if (byKind.value(kind))
            html += row({registry::stationKindName(kind), QString::number(byKind.value(kind))});
    html += QStringLiteral("</table><p></p><table cellspacing='0'>");
    html += row({tr("Star rating"), tr("Stations")}, true);
    for (int stars = 5; stars >= 0; --stars)
        if (byStars.value(stars))
            html += row({stars ? QString(stars, QChar(0x2605)) : tr("not rated"),
                         QString::number(byStars.value(stars))});
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

} // namespace dd::ui
