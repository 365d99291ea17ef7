#pragma once

#include "common/Outcome.h"

#include <optional>
#include <utility>

// The one result of an operation that can fail: an operation that gives nothing back returns an
// Outcome; one that gives a value back returns a Result, which holds the value or the Outcome
// saying why there is none (field errors for input, a message otherwise). A failed read is a
// failed Result, never an empty value.
namespace dd {

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Outcome failure)
        : m_failure(std::move(failure))
    {
        if (m_failure.ok()) // a failure must say it is one
            m_failure = Outcome::failure(Outcome::Kind::Storage, QString());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    // By value: `for (x : *store.list())` keeps the list alive for the whole loop.
    T operator*() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    const Outcome& failure() const { return m_failure; }
    QString error() const { return m_failure.text(); } // empty when ok

private:
    std::optional<T> m_value;
    Outcome m_failure;
};

} // namespace dd
