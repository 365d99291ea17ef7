#include "text/Collation.h"

#include <algorithm>

#include <QFile>
#include <QHash>
#include <QList>

namespace dd::text {

namespace {
struct HanziEntry {
    quint8 strokes = 0;
    QByteArray sequence; // digits 1-5
    QByteArray reading;  // "zhang1"
};

struct Tables {
    QHash<char32_t, HanziEntry> hanzi;
    QHash<QString, QList<QByteArray>> surnames; // surname → readings per character
    int longestSurname = 1;
};

QList<QByteArray> dataLines(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("DeputyDesk: missing built-in data %s", qPrintable(resource));
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeIf([](const QByteArray& line) { return line.isEmpty() || line.startsWith('#'); });
    return lines;
}

const Tables& tables()
{
    static const Tables loaded = [] {
        Tables t;
        const QList<QByteArray> lines = dataLines(QStringLiteral(":/deputydesk/data/hanzi.tsv"));
        t.hanzi.reserve(lines.size());
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() < 4)
                continue;
            const QList<uint> code = QString::fromUtf8(fields.at(0)).toUcs4();
            if (code.size() != 1)
                continue;
            t.hanzi.insert(char32_t(code.first()),
                           {quint8(fields.at(1).toInt()), fields.at(2), fields.at(3)});
        }
        for (const QByteArray& line : dataLines(QStringLiteral(":/deputydesk/data/surnames.tsv"))) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() < 2)
                continue;
            const QString surname = QString::fromUtf8(fields.at(0));
            t.surnames.insert(surname, fields.at(1).split(' '));
            t.longestSurname = std::max(t.longestSurname, int(surname.size()));
        }
        return t;
    }();
    return loaded;
}

struct Syllable {
    char32_t ch = 0;
    const HanziEntry* entry = nullptr;
    QByteArray reading; // toneless letters + tone digit, or a Latin/digit run
    bool han = false;
};

// Splits a name into characters with their readings, applying the surname's own reading.
QList<Syllable> analyse(QStringView name)
{
    const Tables& t = tables();
    QList<Syllable> result;
    const QString text = name.toString();
    QList<QByteArray> surnameReadings;
    qsizetype surnameLength = 0;
    for (int length = std::min<int>(t.longestSurname, int(text.size())); length >= 1; --length) {
        const auto it = t.surnames.constFind(text.left(length));
        if (it != t.surnames.constEnd()) {
            surnameReadings = *it;
            surnameLength = length;
            break;
        }
    }
    QByteArray latin;
    const auto flushLatin = [&] {
        if (!latin.isEmpty())
            result.append({0, nullptr, latin, false});
        latin.clear();
    };
    qsizetype index = 0;
    for (char32_t ch : QStringView(text).toUcs4()) {
        const qsizetype position = index;
        index += ch > 0xFFFF ? 2 : 1;
        if (ch < 0x80) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                latin += char(ch);
            else if (ch >= 'A' && ch <= 'Z')
                latin += char(ch - 'A' + 'a');
            else
                flushLatin(); // spaces and punctuation separate words
            continue;
        }
        flushLatin();
        const auto it = t.hanzi.constFind(ch);
        if (it == t.hanzi.constEnd()) {
            if (QChar::script(ch) == QChar::Script_Han)
                result.append({ch, nullptr, {}, true});
            continue; // '·' and other marks do not sort
        }
        Syllable s{ch, &*it, it->reading, true};
        if (position < surnameLength && position < surnameReadings.size())
            s.reading = surnameReadings.at(position);
        result.append(s);
    }
    flushLatin();
    return result;
}

QByteArray hex(char32_t ch)
{
    return QByteArray::number(uint(ch), 16).rightJustified(5, '0');
}

QByteArray strokesText(int strokes)
{
    return QByteArray::number(std::min(strokes, 99)).rightJustified(2, '0');
}
} // namespace

QString pinyinSortKey(QStringView name)
{
    QByteArray key;
    for (const Syllable& s : analyse(name)) {
        if (!key.isEmpty())
            key += ' ';
        if (!s.han) {
            key += s.reading + "0";
        } else if (s.reading.isEmpty()) {
            key += "~" + strokesText(s.entry ? s.entry->strokes : 99) +
                   hex(s.ch); // unknown reading: last
        } else {
            key += s.reading + strokesText(s.entry->strokes) + hex(s.ch);
        }
    }
    return QString::fromLatin1(key);
}

QString strokeSortKey(QStringView name)
{
    constexpr int sequenceWidth = 36;
    QByteArray key;
    for (const Syllable& s : analyse(name)) {
        if (!key.isEmpty())
            key += ' ';
        if (!s.han) { // Latin after every Han name of the same position
            key += "~" + s.reading;
            continue;
        }
        const int strokes = s.entry && s.entry->strokes ? s.entry->strokes : 99;
        QByteArray sequence = s.entry ? s.entry->sequence : QByteArray();
        if (sequence.isEmpty())
            sequence = "9";
        key += strokesText(strokes) + sequence.leftJustified(sequenceWidth, '0', true) + hex(s.ch);
    }
    return QString::fromLatin1(key);
}

PinyinKeys pinyinKeys(QStringView name)
{
    PinyinKeys keys;
    for (const Syllable& s : analyse(name)) {
        QByteArray letters = s.reading;
        if (s.han)
            while (!letters.isEmpty() && std::isdigit(static_cast<unsigned char>(letters.back())))
                letters.chop(1);
        if (letters.isEmpty())
            continue;
        keys.full += QString::fromLatin1(letters);
        keys.initials += QLatin1Char(letters.front());
    }
    return keys;
}

bool matchesPinyin(const PinyinKeys& keys, QStringView query)
{
    if (query.isEmpty())
        return true;
    return keys.full.contains(query) || keys.initials.contains(query);
}

bool matchesNameOrPinyin(QStringView text, QStringView query)
{
    const QStringView needle = query.trimmed();
    if (needle.isEmpty() || text.contains(needle, Qt::CaseInsensitive))
        return true;
    const QString lower = needle.toString().toLower();
    const bool latin = std::all_of(lower.cbegin(), lower.cend(), [](QChar c) {
        return c >= QLatin1Char('a') && c <= QLatin1Char('z');
    });
    return latin && matchesPinyin(pinyinKeys(text), lower);
}

int totalStrokes(char32_t ch)
{
    const auto it = tables().hanzi.constFind(ch);
    return it == tables().hanzi.constEnd() ? 0 : it->strokes;
}

} // namespace dd::text
