#pragma once

#include "common/Result.h"

#include <QList>

class QWidget;

namespace dd::ui {

// Tells the clerk that the office file could not be read and why; one message at a time, so a
// screen filling several pickers from a broken file says it once.
void warnReadFailure(const QWidget* parent, const QString& error);

// A value read for the screen: the value, or, when the read failed, an empty one after saying why.
template <typename T> T valueOrWarn(Result<T> read, const QWidget* parent)
{
    if (read)
        return std::move(*read);
    warnReadFailure(parent, read.error());
    return T{};
}

// A list read for the screen: the list, or, when the read failed, nothing after saying why. A
// failed read never passes for an empty list on screen.
template <typename T> QList<T> listOrWarn(Result<QList<T>> read, const QWidget* parent)
{
    if (read)
        return std::move(*read);
    warnReadFailure(parent, read.error());
    return {};
}

// A record looked up for the screen: what was found, or nothing; a failed read is said first, so
// it never passes for a record that is not on file.
template <typename T> std::optional<T> foundOrWarn(Lookup<T> lookup, const QWidget* parent)
{
    if (lookup.failed())
        warnReadFailure(parent, lookup.error());
    return lookup.value();
}

} // namespace dd::ui
