#pragma once

#include "loop/LoopRecords.h"

#include <QSqlDatabase>

namespace dd::loop {

struct DuplicateCandidate {
    qint64 id = 0;
    QString serial;
    QString content;
    double similarity = 0; // 0–1, Dice coefficient over character bigrams
};

// Chinese has no spaces between words, so text is compared by its character bigrams (雨天积水 →
// 雨天 天积 积水), punctuation and spaces left out.
QSet<QString> characterBigrams(QStringView text);
double bigramSimilarity(QStringView a, QStringView b);

// Open concerns of the same township whose text looks like `content`: likely the same matter
// raised again, offered for merging. Most similar first; `minimum` is the similarity threshold.
QList<DuplicateCandidate> likelyDuplicates(QSqlDatabase db, const QString& content,
                                           qint64 townshipId, qint64 excludeId = 0,
                                           double minimum = 0.4, int limit = 5);

} // namespace dd::loop
