#pragma once

#include <QColor>
#include <QString>

// The few colours the window speaks with, in one place: red says wrong or late, amber says due
// soon, the banner's yellow says read-only. Chosen to read on the default light palette and in
// greyscale print.
namespace dd::ui::palette {

QColor error();      // wrong input, overdue, an absence
QColor warning();    // due soon, excused
QColor overdueRow(); // a row's background
QColor dueSoonRow();
QColor tableHeader(); // headers of tables written as HTML
QColor bannerFill();  // the read-only banner
QColor bannerBorder();

// A label's style sheet for a message that says what is wrong.
QString errorText();

} // namespace dd::ui::palette
