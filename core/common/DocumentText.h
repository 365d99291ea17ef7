#pragma once

#include <QDate>
#include <QString>

#include <memory>

class QTranslator;

namespace dd {

// Documents (PDFs, workbooks, printed forms) have their own language, a database setting that is
// independent of the screen language. Document strings are marked with
// QT_TRANSLATE_NOOP("dd::documents", "…") and looked up here.
class DocumentText {
public:
    explicit DocumentText(const QString& language); // "zh_CN" or "en"
    ~DocumentText();
    DocumentText(const DocumentText&) = delete;
    DocumentText& operator=(const DocumentText&) = delete;

    bool chinese() const { return m_chinese; }
    QString text(const char* source, const char* disambiguation = nullptr) const;
    // A source text of another context (e.g. the registry's vocabularies); null source → "".
    QString translate(const char* context, const char* source) const;
    QString date(const QDate& date) const; // 2026年7月15日 / 15 July 2026

private:
    bool m_chinese = false;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace dd
