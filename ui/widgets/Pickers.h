#pragma once

#include "RecordPicker.h"

#include <QSqlDatabase>

namespace dd::ui {

// The pickers of the office's townships, stations and agencies, filled from the office file (a
// failed read is said, not shown as an empty picker). `none` is the first entry, when given.
RecordPicker* townshipPicker(QSqlDatabase db, QWidget* parent,
                             const std::optional<QString>& none = std::nullopt);
// With `township`, the stations offered follow it: only its stations once one is chosen, and
// a station chosen while no township is fills it in.
RecordPicker* stationPicker(QSqlDatabase db, QWidget* parent,
                            const std::optional<QString>& none = std::nullopt,
                            RecordPicker* township = nullptr);
RecordPicker* agencyPicker(QSqlDatabase db, QWidget* parent,
                           const std::optional<QString>& none = std::nullopt);

} // namespace dd::ui
