#include "loop/DuplicateFinder.h"

#include "storage/Sql.h"

#include <QSet>

#include <algorithm>

namespace dd::loop {

namespace {
double dice(const QSet<QString>& left, const QSet<QString>& right)
{
    if (left.isEmpty() || right.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    return 2.0 * double(shared) / double(left.size() + right.size());
}
} // namespace

QSet<QString> characterBigrams(QStringView text)
{
    QString letters;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            letters += c;
    QSet<QString> bigrams;
    for (qsizetype i = 0; i + 1 < letters.size(); ++i)
        bigrams.insert(letters.mid(i, 2));
    return bigrams;
}

double bigramSimilarity(QStringView a, QStringView b)
{
    return dice(characterBigrams(a), characterBigrams(b));
}

QList<DuplicateCandidate> likelyDuplicates(QSqlDatabase db, const QString& content,
                                           qint64 townshipId, qint64 excludeId, double minimum,
                                           int limit)
{
    QList<DuplicateCandidate> found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString open =
        QStringLiteral("kind = 'concern' AND state IN ('pointed', 'merged', 'awaiting_dispatch', "
                       "'dispatched', 'replied') AND id <> ?");
    const bool ok =
        townshipId > 0
            ? storage::sql::run(
                  query,
                  QStringLiteral("SELECT id, serial, content FROM loop_items WHERE %1 AND "
                                 "township_id = ?")
                      .arg(open),
                  {excludeId, townshipId})
            : storage::sql::run(
                  query,
                  QStringLiteral("SELECT id, serial, content FROM loop_items WHERE %1").arg(open),
                  {excludeId});
    if (!ok)
        return found;
    const QSet<QString> wanted = characterBigrams(content);
    while (query.next()) {
        const QString other = query.value(2).toString();
        const double similarity = dice(wanted, characterBigrams(other));
        if (similarity >= minimum)
            found.append(
                {query.value(0).toLongLong(), query.value(1).toString(), other, similarity});
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.similarity > b.similarity; });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace dd::loop
