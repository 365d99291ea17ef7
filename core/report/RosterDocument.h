#pragma once

#include "common/DocumentText.h"
#include "registry/DeputyStore.h"
#include "report/TableReport.h"

namespace dd::report {

// 代表名册: the roster as printed for superiors, in the order of the rows given.
TableReport rosterDocument(const QList<registry::DeputyRow>& rows, const QString& congressName,
                           const dd::DocumentText& text, const QDate& today);

} // namespace dd::report
