#include "rowreader.h"

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

QByteArrayView trimmed(QByteArrayView view)
{
    while (!view.isEmpty() && (view.front() == ' ' || view.front() == '\t'))
        view = view.sliced(1);
    while (!view.isEmpty() && (view.back() == ' ' || view.back() == '\t'))
        view.chop(1);
    return view;
}

} // namespace

RowReader::RowReader(const Io::ColumnMapping &mapping, const QList<Io::ColumnProfile> &columns)
    : m_mapping(mapping), m_columns(columns)
{
    for (int column = 0; column < columns.size(); ++column) {
        const Io::ColumnProfile &profile = columns.at(column);
        if (profile.typeFixed && profile.type != Io::ColumnType::Text && mapping.roleOf(column) != Io::Role::None)
            m_fixedColumns.push_back(column);
    }
}

bool RowReader::setRecord(const std::vector<QByteArrayView> &fields, qint64 row)
{
    m_fields = &fields;
    m_row = row;
    if (qsizetype(fields.size()) == m_columns.size())
        return m_fixedColumns.empty() || checkFixedTypes();
    m_rejection = Project::RejectedRow { row, 0, QString(),
                                         tr("the row has %1 fields; the header has %2")
                                                 .arg(fields.size())
                                                 .arg(m_columns.size()),
                                         QString() };
    return false;
}

bool RowReader::checkFixedTypes()
{
    for (int column : m_fixedColumns) {
        const Io::ColumnProfile &profile = m_columns.at(column);
        const QByteArrayView value = trimmed((*m_fields)[size_t(column)]);
        if (value.isEmpty())
            continue;
        QString reason;
        switch (profile.type) {
        case Io::ColumnType::Integer: {
            const std::optional<double> number = Io::parseNumber(value);
            if (!number || *number != double(qint64(*number)))
                reason = tr("“%1” is not a whole number").arg(QString::fromUtf8(value));
            break;
        }
        case Io::ColumnType::Decimal:
            if (!Io::parseNumber(value))
                reason = tr("“%1” is not a number").arg(QString::fromUtf8(value));
            break;
        case Io::ColumnType::Date:
        case Io::ColumnType::DateTime:
            if (!Io::parseDateTime(value, profile.dateOrder))
                reason = tr("“%1” is not a date").arg(QString::fromUtf8(value));
            break;
        case Io::ColumnType::Empty:
        case Io::ColumnType::Text:
            break;
        }
        if (!reason.isEmpty()) {
            m_rejection = Project::RejectedRow { m_row, column + 1, profile.name, reason, QString::fromUtf8(value) };
            return false;
        }
    }
    return true;
}

QByteArrayView RowReader::field(Io::Role role) const
{
    const int column = m_mapping.column(role);
    if (column < 0 || size_t(column) >= m_fields->size())
        return {};
    return trimmed((*m_fields)[size_t(column)]);
}

QString RowReader::text(Io::Role role) const
{
    return QString::fromUtf8(field(role));
}

QByteArrayView RowReader::id(Io::Role role) const
{
    const int column = m_mapping.column(role);
    if (column >= 0 && m_columns.at(column).typeFixed && m_columns.at(column).type == Io::ColumnType::Text)
        return field(role);
    return Io::normalizeId(field(role));
}

void RowReader::reject(Io::Role role, const QString &reason)
{
    const int column = m_mapping.column(role);
    m_rejection = Project::RejectedRow { m_row, column + 1,
                                         column >= 0 ? m_columns.at(column).name : Io::roleKey(role), reason,
                                         QString::fromUtf8(field(role)) };
}

bool RowReader::number(Io::Role role, std::optional<double> &out)
{
    const QByteArrayView value = field(role);
    out.reset();
    if (value.isEmpty())
        return true;
    out = Io::parseNumber(value);
    if (out)
        return true;
    reject(role, tr("“%1” is not a number").arg(QString::fromUtf8(value)));
    return false;
}

bool RowReader::date(Io::Role role, std::optional<Io::DateTimeValue> &out)
{
    const QByteArrayView value = field(role);
    out.reset();
    if (value.isEmpty())
        return true;
    const int column = m_mapping.column(role);
    const Io::DateOrder order = m_columns.at(column).dateOrder;
    out = Io::parseDateTime(value, order);
    if (out)
        return true;
    reject(role, tr("“%1” is not a date").arg(QString::fromUtf8(value)));
    return false;
}

bool RowReader::flag(Io::Role role, int &out)
{
    const QString value = text(role).toLower();
    out = -1;
    if (value.isEmpty())
        return true;
    static const QStringList yes { u"1"_s, u"y"_s, u"yes"_s, u"true"_s, u"是"_s, u"促销"_s, u"t"_s };
    static const QStringList no { u"0"_s, u"n"_s, u"no"_s, u"false"_s, u"否"_s, u"f"_s, u"非促销"_s };
    if (yes.contains(value)) {
        out = 1;
        return true;
    }
    if (no.contains(value)) {
        out = 0;
        return true;
    }
    // A discount amount (优惠金额) flags the orders that had one.
    if (const std::optional<double> amount = Io::parseNumber(field(role))) {
        out = *amount != 0 ? 1 : 0;
        return true;
    }
    reject(role, tr("“%1” is not yes or no").arg(text(role)));
    return false;
}

} // namespace Portrait::Jobs
