#include "imports/XlsxReader.h"

#include "xlsx/ZipArchive.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>

namespace dd::imports {

namespace {

// Parts of the workbook are read through this guard: a DTD (and so any entity) is refused
// before Qt would look at it, and malformed XML stops the read.
class SafeXml {
public:
    explicit SafeXml(const QByteArray& bytes)
        : m_reader(bytes)
    {
    }
    // Next start element (or false at the end / on error); the caller checks failed().
    bool nextStart()
    {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                m_refused = true;
                return false;
            }
            if (token == QXmlStreamReader::StartElement)
                return true;
        }
        return false;
    }
    // The text of the current element's subtree, leaving out phonetic runs (<rPh>).
    QString text()
    {
        QString result;
        int depth = 1;
        int skipDepth = 0;
        while (depth > 0 && !m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                m_refused = true;
                return {};
            }
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (skipDepth == 0 && m_reader.name() == u"rPh")
                    skipDepth = depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == skipDepth)
                    skipDepth = 0;
                --depth;
            } else if (token == QXmlStreamReader::Characters && skipDepth == 0) {
                result += m_reader.text();
            }
        }
        return result;
    }
    // The children of a <c>, up to its end: the value <v> and the inline string <is>.
    void cellContent(QString* value, QString* inlineText)
    {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::EndElement && m_reader.name() == u"c")
                return;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_reader.name() == u"v")
                *value = m_reader.readElementText();
            else if (m_reader.name() == u"is")
                *inlineText = text();
            else
                m_reader.skipCurrentElement();
        }
    }
    QXmlStreamReader& reader() { return m_reader; }
    QStringView name() const { return m_reader.name(); }
    QString attribute(QLatin1StringView name) const
    {
        return m_reader.attributes().value(name).toString();
    }
    // Attribute by local name, whatever its namespace prefix (r:id).
    QString attributeLocal(QStringView name) const
    {
        for (const QXmlStreamAttribute& attribute : m_reader.attributes())
            if (attribute.name() == name)
                return attribute.value().toString();
        return {};
    }
    bool refused() const { return m_refused; }
    bool failed() const { return m_refused || m_reader.hasError(); }

private:
    QXmlStreamReader m_reader;
    bool m_refused = false;
};

// "AB12" → column 28, row 12; zeros when malformed.
std::pair<int, int> parseReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > 16384)
            return {0, 0};
    }
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    return ok && column > 0 ? std::pair{column, row} : std::pair{0, 0};
}

// A relationship's target as a part name: absolute ("/xl/a.xml") or relative to the folder of
// the part that names it ("worksheets/sheet1.xml", "../media/x.png").
QString partPath(const QString& folder, const QString& target)
{
    const bool absolute = target.startsWith(QLatin1Char('/'));
    QStringList parts =
        absolute || folder.isEmpty() ? QStringList() : folder.split(QLatin1Char('/'));
    for (const QString& step : target.split(QLatin1Char('/'))) {
        if (step == QLatin1String("..")) {
            if (parts.isEmpty())
                return {}; // out of the package: names no part
            parts.removeLast();
        } else if (!step.isEmpty() && step != QLatin1String(".")) {
            parts << step;
        }
    }
    return parts.join(QLatin1Char('/'));
}

// Text as the cell holds it: OOXML writes characters XML cannot hold as _xHHHH_ (a carriage
// return is _x000D_), and a literal "_x" as _x005F_x.
QString unescaped(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype from = 0;
    for (auto match = escape.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        result += QStringView(text).mid(from, found.capturedStart() - from);
        result += QChar(char16_t(found.captured(1).toUShort(nullptr, 16)));
        from = found.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

using Corner = std::pair<int, int>; // column, row
using Merge = std::pair<Corner, Corner>;

// Every cell of a merged range shows the top-left cell's value (a station name merged down
// over its deputies' rows); ranges are clipped to the cells actually used.
bool fillMerges(Table& table, const QList<Merge>& merges, int* cellCount)
{
    if (merges.isEmpty() || table.rows.isEmpty())
        return true;
    const int lastRow = table.rows.last().number;
    int lastColumn = 0;
    std::map<int, Row> rows;
    for (const Row& row : std::as_const(table.rows)) {
        lastColumn = std::max(lastColumn, row.cells.last().column);
        rows.emplace(row.number, row);
    }
    for (const auto& [from, to] : merges) {
        const auto origin = rows.find(from.second);
        if (from.first == 0 || to.first == 0 || origin == rows.end())
            continue;
        const Cell* source = origin->second.cell(from.first);
        if (!source)
            continue;
        const Cell value = *source;
        for (int r = from.second; r <= std::min(to.second, lastRow); ++r) {
            Row& row = rows[r];
            row.number = r;
            for (int c = from.first; c <= std::min(to.first, lastColumn); ++c) {
                if (row.cell(c))
                    continue;
                const auto at = std::lower_bound(
                    row.cells.begin(), row.cells.end(), c,
                    [](const Cell& cell, int wanted) { return cell.column < wanted; });
                Cell copy = value;
                copy.column = c;
                row.cells.insert(at, copy);
                if (++*cellCount > XlsxReader::kMaxCells)
                    return false;
            }
        }
    }
    table.rows.clear();
    for (auto& [number, row] : rows)
        if (!row.cells.isEmpty())
            table.rows.append(std::move(row));
    return true;
}

} // namespace

XlsxReader::NumberFormat numberFormat(int id, const QString& customCode)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
        (id >= 50 && id <= 58))
        return {true, -1};
    switch (id) {
    case 1:
    case 3:
    case 37:
    case 38:
        return {false, 0};
    case 2:
    case 4:
    case 39:
    case 40:
        return {false, 2};
    default:
        break;
    }
    if (customCode.isEmpty())
        return {};
    // The positive section, without quoted text, escapes, colours and locales.
    static const QRegularExpression noise(QStringLiteral(R"("[^"]*"|\\.|\[[^\]]*\]|_.|\*.)"));
    QString code = customCode.section(QLatin1Char(';'), 0, 0);
    code.remove(noise);
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0 || code == u"@")
        return {};
    static const QRegularExpression dateTokens(QStringLiteral("[yYmMdDhHsS]"));
    if (code.contains(dateTokens))
        return {true, -1};
    const qsizetype point = code.indexOf(QLatin1Char('.'));
    if (point < 0)
        return code.contains(QLatin1Char('0')) ? XlsxReader::NumberFormat{false, 0}
                                               : XlsxReader::NumberFormat{};
    int decimals = 0;
    for (qsizetype i = point + 1; i < code.size() && (code[i] == u'0' || code[i] == u'#'); ++i)
        ++decimals;
    return {false, decimals};
}

QDate excelDate(double serial, bool date1904)
{
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 1)
        return {};
    // Excel counts a 29 February 1900 that never was: serials before it are one day off.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

XlsxReader::XlsxReader(std::unique_ptr<xlsx::ZipArchive> zip)
    : m_zip(std::move(zip))
{
}

XlsxReader::~XlsxReader() = default;

Result<QList<Table>> XlsxReader::read(QByteArray bytes)
{
    auto zip = xlsx::ZipArchive::open(std::move(bytes));
    if (!zip)
        return zip.failure();
    XlsxReader reader(std::move(*zip));
    const QString workbook = reader.workbookPart();
    if (workbook.isEmpty())
        return Outcome::badInput(tr("the file is a zip archive but not an Excel workbook"));
    if (!reader.readWorkbook(workbook))
        return Outcome::badInput(reader.m_error);
    QList<Table> tables;
    for (int i = 0; i < reader.m_sheets.size(); ++i) {
        auto table = reader.readSheet(i);
        if (!table)
            return Outcome::badInput(reader.m_error);
        tables.append(std::move(*table));
    }
    return tables;
}

std::optional<QByteArray> XlsxReader::part(const QString& name)
{
    auto bytes = m_zip->read(name);
    if (!bytes) {
        m_error = bytes.error();
        return std::nullopt;
    }
    return std::move(*bytes);
}

QString XlsxReader::workbookPart()
{
    // The package's own relationships name the workbook (Excel, WPS and strict OOXML put it in
    // xl/, other programs elsewhere); without them, where Excel puts it.
    const QString fallback = QStringLiteral("xl/workbook.xml");
    const QString packageRels = QStringLiteral("_rels/.rels");
    if (m_zip->contains(packageRels))
        if (const auto bytes = m_zip->read(packageRels)) {
            SafeXml rels(*bytes);
            while (rels.nextStart())
                if (rels.name() == u"Relationship" &&
                    rels.attribute(QLatin1StringView("Type"))
                        .endsWith(QLatin1String("/officeDocument"))) {
                    const QString target =
                        partPath({}, rels.attribute(QLatin1StringView("Target")));
                    if (m_zip->contains(target))
                        return target;
                }
        }
    return m_zip->contains(fallback) ? fallback : QString();
}

bool XlsxReader::readWorkbook(const QString& workbookName)
{
    const QString folder = workbookName.section(QLatin1Char('/'), 0, -2);
    const QString fileName = workbookName.section(QLatin1Char('/'), -1);
    const auto workbook = part(workbookName);
    const auto relations = part((folder.isEmpty() ? QString() : folder + QLatin1Char('/')) +
                                QStringLiteral("_rels/") + fileName + QStringLiteral(".rels"));
    if (!workbook || !relations)
        return false;
    QHash<QString, QString> targets;
    QString sharedStrings, styles;
    SafeXml rels(*relations);
    while (rels.nextStart()) {
        if (rels.name() != u"Relationship")
            continue;
        const QString type = rels.attribute(QLatin1StringView("Type"));
        const QString target = partPath(folder, rels.attribute(QLatin1StringView("Target")));
        targets.insert(rels.attribute(QLatin1StringView("Id")), target);
        if (type.endsWith(QLatin1String("/sharedStrings")))
            sharedStrings = target;
        else if (type.endsWith(QLatin1String("/styles")))
            styles = target;
    }
    SafeXml xml(*workbook);
    while (xml.nextStart()) {
        if (xml.name() == u"workbookPr") {
            const QString value = xml.attribute(QLatin1StringView("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            const QString state = xml.attribute(QLatin1StringView("state"));
            const QString target = targets.value(xml.attributeLocal(u"id"));
            if (state.isEmpty() || state == u"visible")
                m_sheets.append({xml.attribute(QLatin1StringView("name")), target});
        }
    }
    if (rels.failed() || xml.failed()) {
        m_error = rels.refused() || xml.refused()
                      ? tr("the workbook contains a DTD or entity, which DeputyDesk refuses")
                      : tr("the workbook's structure is damaged");
        return false;
    }
    if (m_sheets.isEmpty()) {
        m_error = tr("the workbook has no visible sheet");
        return false;
    }
    return (sharedStrings.isEmpty() || !m_zip->contains(sharedStrings) ||
            readSharedStrings(sharedStrings)) &&
           (styles.isEmpty() || !m_zip->contains(styles) || readStyles(styles));
}

bool XlsxReader::readSharedStrings(const QString& name)
{
    const auto bytes = part(name);
    if (!bytes)
        return false;
    SafeXml xml(*bytes);
    while (xml.nextStart())
        if (xml.name() == u"si")
            m_sharedStrings.append(unescaped(xml.text()));
    if (xml.failed()) {
        m_error = xml.refused()
                      ? tr("the workbook contains a DTD or entity, which DeputyDesk refuses")
                      : tr("the workbook's shared strings are damaged");
        return false;
    }
    return true;
}

bool XlsxReader::readStyles(const QString& name)
{
    const auto bytes = part(name);
    if (!bytes)
        return false;
    QHash<int, QString> customCodes;
    QList<int> formatIds;
    bool inCellFormats = false;
    SafeXml xml(*bytes);
    while (xml.nextStart()) {
        if (xml.name() == u"numFmt") {
            customCodes.insert(xml.attribute(QLatin1StringView("numFmtId")).toInt(),
                               xml.attribute(QLatin1StringView("formatCode")));
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (xml.name() == u"cellStyleXfs" || xml.name() == u"dxfs") {
            inCellFormats = false;
        } else if (xml.name() == u"xf" && inCellFormats) {
            formatIds.append(xml.attribute(QLatin1StringView("numFmtId")).toInt());
        }
    }
    if (xml.failed()) {
        m_error = xml.refused()
                      ? tr("the workbook contains a DTD or entity, which DeputyDesk refuses")
                      : tr("the workbook's styles are damaged");
        return false;
    }
    for (int id : formatIds)
        m_styles.append(numberFormat(id, customCodes.value(id)));
    return true;
}

QString XlsxReader::formatNumber(double value, int style, QDate* date) const
{
    const NumberFormat format =
        style >= 0 && style < m_styles.size() ? m_styles[style] : NumberFormat{};
    if (format.isDate) {
        *date = excelDate(value, m_date1904);
        if (date->isValid())
            return date->toString(Qt::ISODate);
    }
    if (format.decimals >= 0)
        return QString::number(value, 'f', format.decimals);
    return generalNumber(value);
}

std::optional<Table> XlsxReader::readSheet(int index)
{
    if (index < 0 || index >= m_sheets.size())
        return std::nullopt;
    const auto bytes = part(m_sheets[index].part);
    if (!bytes)
        return std::nullopt;
    Table table;
    table.name = m_sheets[index].name;
    // A quick count of the values first, so an oversized sheet is refused before it is parsed.
    if (bytes->count("<v>") + bytes->count("<is>") > kMaxCells) {
        m_error =
            tr("the sheet %1 has more than %2 non-empty cells").arg(table.name).arg(kMaxCells);
        return std::nullopt;
    }
    QList<Merge> merges;
    int cellCount = 0;
    int rowNumber = 0;
    SafeXml xml(*bytes);
    while (xml.nextStart()) {
        if (xml.name() == u"row") {
            const int declared = xml.attribute(QLatin1StringView("r")).toInt();
            rowNumber = declared > 0 ? declared : rowNumber + 1;
            continue;
        }
        if (xml.name() == u"mergeCell") {
            const QStringList corners =
                xml.attribute(QLatin1StringView("ref")).split(QLatin1Char(':'));
            if (corners.size() == 2)
                merges.append({parseReference(corners[0]), parseReference(corners[1])});
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const QString reference = xml.attribute(QLatin1StringView("r"));
        const QString type = xml.attribute(QLatin1StringView("t"));
        const int style = xml.attribute(QLatin1StringView("s")).toInt();
        auto [column, row] = parseReference(reference);
        if (table.rows.isEmpty() || table.rows.last().number != rowNumber)
            table.rows.append(Row{rowNumber, {}});
        Row& current = table.rows.last();
        if (reference.isEmpty() || row != rowNumber)
            column = current.cells.isEmpty() ? 1 : current.cells.last().column + 1;
        QString value, inlineText;
        xml.cellContent(&value, &inlineText);
        Cell cell;
        cell.column = column;
        if (type == u"s") {
            bool ok = false;
            const int at = value.toInt(&ok);
            cell.text =
                ok && at >= 0 && at < m_sharedStrings.size() ? m_sharedStrings[at] : QString();
        } else if (type == u"inlineStr") {
            cell.text = unescaped(inlineText);
        } else if (type == u"str" || type == u"e") {
            cell.text = unescaped(value);
        } else if (type == u"b") {
            cell.kind = Cell::Kind::Boolean;
            cell.number = value == u"1";
            cell.text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"d") {
            cell.kind = Cell::Kind::Date;
            cell.date = QDate::fromString(value.left(10), Qt::ISODate);
            cell.text = cell.date.toString(Qt::ISODate);
        } else if (!value.isEmpty()) {
            bool ok = false;
            cell.number = value.toDouble(&ok);
            if (ok) {
                cell.text = formatNumber(cell.number, style, &cell.date);
                cell.kind = cell.date.isValid() ? Cell::Kind::Date : Cell::Kind::Number;
            }
        }
        if (cell.text.trimmed().isEmpty() || column == 0)
            continue;
        if (++cellCount > kMaxCells) {
            m_error =
                tr("the sheet %1 has more than %2 non-empty cells").arg(table.name).arg(kMaxCells);
            return std::nullopt;
        }
        if (!current.cells.isEmpty() && current.cells.last().column >= column) {
            m_error =
                tr("the sheet %1 is damaged: cell %2 is out of order").arg(table.name, reference);
            return std::nullopt;
        }
        current.cells.append(cell);
    }
    if (xml.failed()) {
        m_error = xml.refused()
                      ? tr("the workbook contains a DTD or entity, which DeputyDesk refuses")
                      : tr("the sheet %1 is damaged (line %2: %3)")
                            .arg(table.name)
                            .arg(xml.reader().lineNumber())
                            .arg(xml.reader().errorString());
        return std::nullopt;
    }
    table.rows.removeIf([](const Row& row) { return row.cells.isEmpty(); });
    if (!fillMerges(table, merges, &cellCount)) {
        m_error =
            tr("the sheet %1 has more than %2 non-empty cells").arg(table.name).arg(kMaxCells);
        return std::nullopt;
    }
    return table;
}

} // namespace dd::imports
