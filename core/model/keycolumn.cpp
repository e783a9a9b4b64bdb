#include "keycolumn.h"

#include "common/largepages.h"

#include <type_traits>

namespace Portrait::Model {

KeyColumn::KeyColumn(const QStringList &keys)
{
    reserve(keys.size());
    for (const QString &key : keys)
        append(key);
}

KeyColumn::KeyColumn(std::initializer_list<QString> keys)
{
    reserve(qsizetype(keys.size()));
    for (const QString &key : keys)
        append(key);
}

QStringList KeyColumn::toList() const
{
    QStringList keys;
    keys.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        keys.append(at(row));
    return keys;
}

void KeyColumn::reserve(qsizetype rows)
{
    reserveColumn(m_ends, size_t(rows));
    // Keys are mostly short codes; the buffer grows if they are not.
    reserveColumn(m_chars, size_t(rows) * 8);
}

void KeyColumn::append(QAnyStringView key)
{
    key.visit([this](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QStringView>) {
            m_chars.insert(m_chars.end(), view.utf16(), view.utf16() + view.size());
        } else if constexpr (std::is_same_v<View, QLatin1StringView>) {
            for (const char c : view)
                m_chars.push_back(char16_t(uchar(c)));
        } else {
            // UTF-8: ASCII keys, the usual kind, widen byte by byte; others go through the decoder.
            const auto bytes = QByteArrayView(view.data(), view.size());
            bool ascii = true;
            for (const char c : bytes)
                ascii = ascii && uchar(c) < 0x80;
            if (ascii) {
                for (const char c : bytes)
                    m_chars.push_back(char16_t(c));
            } else {
                const QString decoded = QString::fromUtf8(bytes);
                m_chars.insert(m_chars.end(), decoded.utf16(), decoded.utf16() + decoded.size());
            }
        }
    });
    m_ends.push_back(qsizetype(m_chars.size()));
}

} // namespace Portrait::Model
