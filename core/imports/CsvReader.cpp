#include "imports/CsvReader.h"

#include "storage/Platform.h"

#include <QIODevice>
#include <QStringDecoder>

namespace dd::imports {

namespace {
QChar detectDelimiter(QStringView text)
{
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    int lines = 0;
    for (const QChar c : text.left(64 * 1024)) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\n' && ++lines >= 30)
            break;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

enum class Encoding { Utf8, Utf16LE, Utf16BE, Gb18030 };
} // namespace

CsvParser::CsvParser(QString tableName)
{
    m_table.name = std::move(tableName);
    m_row.number = 1;
}

void CsvParser::endField()
{
    const QString value = m_wasQuoted ? m_field : m_field.trimmed();
    if (!value.trimmed().isEmpty())
        m_row.cells.append(Cell{m_column, Cell::Kind::Text, value, 0, {}});
    m_field.clear();
    m_wasQuoted = false;
    ++m_column;
}

void CsvParser::endRow()
{
    endField();
    if (!m_row.cells.isEmpty())
        m_table.rows.append(std::move(m_row));
    m_row = Row{m_line + 1, {}};
    m_column = 1;
}

void CsvParser::take(QChar c, QChar next, bool hasNext, bool* skipNext)
{
    if (m_quoted) {
        if (c == u'"' && hasNext && next == u'"') {
            m_field += u'"';
            *skipNext = true;
        } else if (c == u'"') {
            m_quoted = false;
        } else {
            if (c == u'\n')
                ++m_line;
            m_field += c;
        }
    } else if (c == u'"' && m_field.trimmed().isEmpty()) {
        m_quoted = m_wasQuoted = true;
        m_field.clear();
    } else if (c == m_delimiter) {
        endField();
    } else if (c == u'\r' && hasNext && next == u'\n') {
        // the \n ends the row
    } else if (c == u'\n' || c == u'\r') {
        endRow();
        ++m_line;
    } else {
        m_field += c;
    }
}

void CsvParser::feed(QStringView piece)
{
    if (piece.isEmpty())
        return;
    const QString joined = m_held + piece;
    m_held.clear();
    const QStringView text(joined);
    if (!m_delimiterKnown) {
        m_delimiter = detectDelimiter(text);
        m_delimiterKnown = true;
    }
    qsizetype end = text.size();
    // A quote or carriage return at the end is read with the first character of the next piece.
    if (text.back() == u'"' || text.back() == u'\r') {
        m_held = text.back();
        --end;
    }
    for (qsizetype i = 0; i < end; ++i) {
        const bool hasNext = i + 1 < text.size();
        bool skipNext = false;
        take(text[i], hasNext ? text[i + 1] : QChar(), hasNext, &skipNext);
        if (skipNext) {
            if (i + 1 == end) // the held character was read with this one
                m_held.clear();
            ++i;
        }
    }
}

Table CsvParser::finish()
{
    if (!m_held.isEmpty()) {
        bool skipNext = false;
        take(m_held.front(), QChar(), false, &skipNext);
        m_held.clear();
    }
    endRow();
    return std::move(m_table);
}

namespace {
// Whether the bytes from `from` to the end are valid UTF-8, read a chunk at a time.
bool isUtf8(QIODevice& device, qint64 from)
{
    device.seek(from);
    QStringDecoder decoder(QStringConverter::Utf8);
    for (QByteArray chunk; !(chunk = device.read(CsvFileReader::kChunkBytes)).isEmpty();) {
        (void)QString(decoder.decode(chunk));
        if (decoder.hasError())
            return false;
    }
    return true;
}

// GB18030 a run of whole lines at a time: a line feed byte is never part of a character.
bool feedGb18030(QIODevice& device, CsvParser& parser)
{
    QByteArray pending;
    for (QByteArray chunk; !(chunk = device.read(CsvFileReader::kChunkBytes)).isEmpty();) {
        pending += chunk;
        const qsizetype lines = pending.lastIndexOf('\n') + 1;
        if (lines == 0)
            continue; // a line longer than a chunk
        const auto text = storage::platform::decodeGb18030(pending.left(lines));
        if (!text)
            return false;
        parser.feed(*text);
        pending.remove(0, lines);
    }
    const auto rest = storage::platform::decodeGb18030(pending);
    if (!rest)
        return false;
    parser.feed(*rest);
    return true;
}
} // namespace

Result<Table> CsvFileReader::read(QIODevice& device, const QString& tableName)
{
    const QByteArray head = device.peek(8192 + 3);
    std::optional<QStringConverter::Encoding> unicode = QStringConverter::Utf8;
    qint64 skip = 0;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        unicode =
            head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        skip = 2;
    } else {
        const bool bom = head.startsWith("\xEF\xBB\xBF");
        skip = bom ? 3 : 0;
        if (head.mid(skip, 8192).contains('\0'))
            return Outcome::badInput(tr("the file is neither a workbook nor text (CSV)"));
        if (!isUtf8(device, skip)) {
            if (bom)
                return Outcome::badInput(
                    tr("the file says it is UTF-8 but holds bytes that are not"));
            unicode.reset(); // as Excel and WPS save CSV on a Chinese PC
        }
    }
    device.seek(skip);
    CsvParser parser(tableName);
    if (!unicode) {
        if (!feedGb18030(device, parser))
            return Outcome::badInput(
                tr("the text is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8 or as "
                   ".xlsx"));
        return parser.finish();
    }
    QStringDecoder decoder(*unicode);
    for (QByteArray chunk; !(chunk = device.read(kChunkBytes)).isEmpty();)
        parser.feed(QString(decoder.decode(chunk)));
    return parser.finish();
}

} // namespace dd::imports
