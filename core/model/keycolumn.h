#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace Portrait::Model {

/// The customers' keys, one per row, all in one buffer: a million keys as a million QStrings cost
/// a million allocations, which was a third of the time a million-customer project took to open.
class KeyColumn
{
public:
    KeyColumn() = default;
    explicit KeyColumn(const QStringList &keys);
    KeyColumn(std::initializer_list<QString> keys);

    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    /// The row's key, a view into the column (valid until the column changes). row must be in range.
    QStringView view(qsizetype row) const
    {
        const qsizetype begin = row == 0 ? 0 : m_ends[size_t(row) - 1];
        return QStringView(m_chars.data() + begin, m_ends[size_t(row)] - begin);
    }
    QString at(qsizetype row) const { return view(row).toString(); }
    /// The row's key; empty when row is out of range.
    QString value(qsizetype row) const { return row >= 0 && row < size() ? at(row) : QString(); }
    QStringList toList() const;

    void reserve(qsizetype rows);
    /// Adds a key, given in UTF-8 (as SQLite hands it over), Latin-1 or UTF-16.
    void append(QAnyStringView key);

    bool operator==(const KeyColumn &other) const = default;

private:
    std::vector<char16_t> m_chars;
    std::vector<qsizetype> m_ends; ///< per row, the end of its key in m_chars
};

} // namespace Portrait::Model
