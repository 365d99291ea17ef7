#include "imports/ColumnMapping.h"

#include "common/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>

namespace dd::imports {

namespace {
constexpr int kRowsSearched = 30;
}

QStringList ColumnMapping::ignoredHeaders() const
{
    QList<int> mapped = columns.values();
    QList<int> all = headerTexts.keys();
    std::sort(all.begin(), all.end());
    QStringList ignored;
    for (int column : all)
        if (!mapped.contains(column))
            ignored << headerTexts.value(column);
    return ignored;
}

QString normalizeHeader(QStringView text)
{
    static const QRegularExpression remark(QStringLiteral(R"(\([^)]*\)$|\[[^\]]*\]$)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    QString header = toHalfWidth(text).toLower();
    header.replace(QChar(u'【'), QLatin1Char('[')).replace(QChar(u'】'), QLatin1Char(']'));
    header.remove(spaces);
    while (header.endsWith(QLatin1Char(':')) || header.endsWith(QLatin1Char('*')))
        header.chop(1);
    header.remove(QLatin1Char('*')); // required-field marks: *姓名
    const QString withoutRemark = QString(header).remove(remark);
    return withoutRemark.isEmpty() ? header : withoutRemark;
}

std::optional<ColumnMapping> detectHeader(const Table& table, const QList<FieldSpec>& fields,
                                          const QString& requiredField)
{
    QHash<QString, QString> fieldByHeader;
    for (const FieldSpec& field : fields)
        for (const QString& header : field.headers)
            fieldByHeader.insert(normalizeHeader(header), field.code);

    std::optional<ColumnMapping> best;
    int bestScore = 1;
    for (int i = 0; i < std::min<int>(kRowsSearched, int(table.rows.size())); ++i) {
        const Row& row = table.rows[i];
        ColumnMapping mapping;
        mapping.headerRow = row.number;
        for (const Cell& cell : row.cells) {
            const QString field = fieldByHeader.value(normalizeHeader(cell.text));
            mapping.headerTexts.insert(cell.column, normalizeText(cell.text));
            // A merged header cell spans columns: the first column of the field wins.
            if (!field.isEmpty() && !mapping.columns.contains(field))
                mapping.columns.insert(field, cell.column);
        }
        const int score = int(mapping.columns.size());
        if (score > bestScore && mapping.columns.contains(requiredField)) {
            bestScore = score;
            best = std::move(mapping);
        }
    }
    return best;
}

} // namespace dd::imports
