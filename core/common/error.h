#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace Portrait {

/// What went wrong, and where: the file (or other source), the 1-based row or line, and the
/// 1-based column. Row and column are 0 when they do not apply.
struct Error
{
    QString message;
    QString source;
    qint64 row = 0;
    int column = 0;
    QString columnName;

    /// One line for a terminal or a message box: "file:row:column: message".
    QString toString() const;
};

/// A value or an Error. Core code returns this instead of throwing or showing UI.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T takeValue() { return std::move(std::get<0>(m_data)); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations that produce nothing.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace Portrait
