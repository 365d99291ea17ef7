#pragma once

#include <QString>

// Sort keys and pinyin search for Chinese personal names, computed from Unihan and a stroke
// table (core/data/hanzi.tsv) plus the project's surname readings — not from ICU, whose stroke
// order puts 尹孔文方毛王 and whose pinyin files 曾 under céng.
namespace dd::text {

struct PinyinKeys {
    QString full;     // "zhangsan"
    QString initials; // "zs"
};

// ASCII keys: byte-wise comparison (std::sort on QString, SQLite BINARY) gives the order.
QString pinyinSortKey(QStringView name); // syllable, tone, strokes, character by character
QString strokeSortKey(QStringView name); // 以姓氏笔画为序: count, then strokes 横竖撇点折
PinyinKeys pinyinKeys(QStringView name);
// True when `query` (lower-case ASCII) is part of the full pinyin or of the initials.
bool matchesPinyin(const PinyinKeys& keys, QStringView query);
// True when `query` is part of `text` (any case), or, typed in Latin letters, of its pinyin or
// initials: 住房, zhufang and zf all find 县住房和城乡建设局.
bool matchesNameOrPinyin(QStringView text, QStringView query);
int totalStrokes(char32_t ch); // 0 when unknown

} // namespace dd::text
