#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Model {

/// One optional text attribute per customer (name, phone, city, ...), stored as a code per row
/// into a list of values: 4 bytes for a row without a value instead of an empty QString's 24, which
/// at a million customers is most of the memory a project takes to open. A pooled column keeps each
/// distinct value once (gender, province, city); an unpooled one keeps a value per row that has one
/// (names, phones), where sharing would only cost the lookups.
class TextColumn
{
public:
    enum class Sharing { Pooled, PerRow };

    explicit TextColumn(Sharing sharing = Sharing::PerRow) : m_pooled(sharing == Sharing::Pooled) { }

    qsizetype size() const { return qsizetype(m_codes.size()); }
    /// The row's value; empty when it has none. row must be in range.
    const QString &at(qsizetype row) const
    {
        const qint32 code = m_codes[size_t(row)];
        return code < 0 ? emptyValue() : m_values.at(code);
    }
    const QString &operator[](qsizetype row) const { return at(row); }
    /// The row's value; empty when it has none or row is out of range.
    QString value(qsizetype row) const { return row >= 0 && row < size() ? at(row) : QString(); }

    void reserve(qsizetype rows);
    /// Adds a row; an empty value means none.
    void append(const QString &value = {});
    /// Replaces the value of an existing row; an empty value means none.
    void set(qsizetype row, const QString &value);

    /// Per row the index into values(), -1 for none: what a text feature column is made of.
    const std::vector<qint32> &codes() const { return m_codes; }
    const QStringList &values() const { return m_values; }

private:
    static const QString &emptyValue();
    qint32 codeFor(const QString &value);

    bool m_pooled;
    std::vector<qint32> m_codes;
    QStringList m_values;
    QHash<QString, qint32> m_codeOf; ///< pooled columns only
};

} // namespace Portrait::Model
