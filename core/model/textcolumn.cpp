#include "textcolumn.h"

#include "common/largepages.h"

namespace Portrait::Model {

const QString &TextColumn::emptyValue()
{
    static const QString empty;
    return empty;
}

qint32 TextColumn::codeFor(const QString &value)
{
    if (value.isEmpty())
        return -1;
    if (m_pooled) {
        const auto it = m_codeOf.constFind(value);
        if (it != m_codeOf.constEnd())
            return it.value();
        m_codeOf.insert(value, qint32(m_values.size()));
    }
    m_values.append(value);
    return qint32(m_values.size() - 1);
}

void TextColumn::reserve(qsizetype rows)
{
    reserveColumn(m_codes, size_t(rows));
}

void TextColumn::append(const QString &value)
{
    m_codes.push_back(codeFor(value));
}

void TextColumn::set(qsizetype row, const QString &value)
{
    qint32 &code = m_codes[size_t(row)];
    if (!m_pooled && code >= 0 && !value.isEmpty()) {
        m_values[code] = value; // the row's own slot: rewrite it rather than leave it orphaned
        return;
    }
    code = codeFor(value);
}

} // namespace Portrait::Model
