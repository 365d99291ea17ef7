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

// A lookup by key has three answers, never two: found, not on record, or could not be read.
// There is no conversion to bool, so no caller can take a failed read for "not on record".
template <typename T> class [[nodiscard]] Lookup {
public:
    Lookup(std::nullopt_t) {} // not on record
    Lookup(T value)
        : m_value(std::move(value))
    {
    }
    Lookup(std::optional<T> value)
        : m_value(std::move(value))
    {
    }
    Lookup(Outcome failure)
        : m_failure(std::move(failure))
    {
        if (m_failure.ok())
            m_failure = Outcome::failure(Outcome::Kind::Storage, QString());
    }

    bool failed() const { return !m_failure.ok(); }
    bool found() const { return m_value.has_value(); }
    const Outcome& failure() const { return m_failure; }
    QString error() const { return m_failure.text(); } // empty when the read worked
    // Why nothing was found: the failed read, or NotFound saying `notOnRecord`.
    Outcome missing(QString notOnRecord) const
    {
        return failed() ? m_failure
                        : Outcome::failure(Outcome::Kind::NotFound, std::move(notOnRecord));
    }

    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    // What was found, if anything, for callers that treat a failed read as a failure already
    // reported (say so where that is the case).
    const std::optional<T>& value() const { return m_value; }

private:
    std::optional<T> m_value;
    Outcome m_failure = Outcome::success();
};

} // namespace dd
