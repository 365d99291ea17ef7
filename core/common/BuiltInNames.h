#pragma once

#include <QString>

namespace dd {

class DocumentText;

// The names an office file is created with (the activity types and the categories of concerns
// and suggestions) are stored in Chinese. On screen a name the county has kept reads in the
// screen's language; a name the county typed or changed reads as typed.
QString builtInName(const QString& stored);
// The same in a document's language (a printout or a workbook made in English).
QString builtInName(const QString& stored, const DocumentText& text);

} // namespace dd
