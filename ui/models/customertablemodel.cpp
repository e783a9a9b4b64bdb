#include "customertablemodel.h"

#include "export/masking.h"
#include "format/displayformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CustomerTableModel::setData(std::shared_ptr<const Model::CustomerFrame> frame,
                                 std::shared_ptr<const Rfm::RfmResult> result, bool chineseNames)
{
    setData(std::move(frame), std::move(result), chineseNames, m_filter);
}

void CustomerTableModel::setData(std::shared_ptr<const Model::CustomerFrame> frame,
                                 std::shared_ptr<const Rfm::RfmResult> result, bool chineseNames,
                                 const CustomerFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_frame = std::move(frame);
    m_result = std::move(result);
    m_chinese = chineseNames;
    m_segmentNames.clear();
    if (m_result) {
        for (int rule = 0; rule <= m_result->scheme.rules.size(); ++rule)
            m_segmentNames.append(m_result->scheme.displayName(rule, m_chinese));
    }
    rebuildRows();
    endResetModel();
}

void CustomerTableModel::setTagText(TagText text)
{
    m_tagText = std::move(text);
    tagsChanged();
}

void CustomerTableModel::tagsChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Tags), index(rowCount() - 1, Tags), { Qt::DisplayRole });
}

void CustomerTableModel::setCurrency(Currency currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT headerDataChanged(Qt::Horizontal, Monetary, AverageOrderValue);
}

void CustomerTableModel::setPersonalDataShown(bool shown)
{
    if (shown == m_personalShown)
        return;
    m_personalShown = shown;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Phone), index(rowCount() - 1, Email), { Qt::DisplayRole });
}

bool CustomerTableModel::isNumeric(int column)
{
    switch (column) {
    case Age: case Recency: case Frequency: case Monetary: case AverageOrderValue: case RScore: case FScore:
    case MScore: case Score: case PAlive: case ExpectedPurchases90d: case Clv:
        return true;
    default:
        return false;
    }
}

bool CustomerTableModel::isText(int column)
{
    return column == Id || column == Name || column == Gender || column == Province || column == City
            || column == Phone || column == Email || column == Code || column == Tags;
}

void CustomerTableModel::setFilter(const CustomerFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

void CustomerTableModel::setClusters(std::shared_ptr<const Analytics::Clustering> clustering)
{
    beginResetModel();
    m_clusters = std::move(clustering);
    if (clusters() == nullptr || m_filter.cluster >= clusters()->clusters.size())
        m_filter.cluster = -2;
    rebuildRows();
    endResetModel();
}

const Analytics::Clustering *CustomerTableModel::clusters() const
{
    return m_clusters && m_frame && qsizetype(m_clusters->assignment.size()) == m_frame->size() ? m_clusters.get()
                                                                                                : nullptr;
}

bool CustomerTableModel::matches(qint32 row) const
{
    const auto c = size_t(row);
    if (m_filter.cluster != -2) {
        const Analytics::Clustering *clustering = clusters();
        if ((clustering ? clustering->assignment[c] : -1) != m_filter.cluster)
            return false;
    }
    if (m_filter.rows && (c >= m_filter.rows->size() || !(*m_filter.rows)[c]))
        return false;
    const int segment = m_result ? m_result->segment[c] : -1;
    if (m_filter.segment != -2 && segment != m_filter.segment)
        return false;
    const int tier = m_result ? m_result->tier[c] : -1;
    if (m_filter.tier != -2 && tier != m_filter.tier)
        return false;
    for (Rfm::Dimension d : { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary }) {
        const std::optional<int> wanted = m_filter.scores[size_t(d)];
        // Unscored customers have score 0, which no wanted score (1..bins) equals.
        if (wanted && (!m_result || int(m_result->scores.of(d)[c]) != *wanted))
            return false;
    }
    if (m_filter.text.isEmpty())
        return true;
    const Model::CustomerFrame &f = *m_frame;
    if (f.ids.view(row).contains(m_filter.text, Qt::CaseInsensitive))
        return true;
    for (const Model::TextColumn *column : { &f.names, &f.phones, &f.emails, &f.provinces, &f.cities }) {
        if (column->at(row).contains(m_filter.text, Qt::CaseInsensitive))
            return true;
    }
    // A merged duplicate's old id finds the customer it was merged into.
    if (const auto aliases = f.aliases.constFind(row); aliases != f.aliases.constEnd()) {
        for (const QString &alias : *aliases) {
            if (alias.contains(m_filter.text, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

void CustomerTableModel::rebuildRows()
{
    m_rows.clear();
    if (!m_frame)
        return;
    m_rows.reserve(size_t(m_frame->size()));
    for (qint32 row = 0; row < qint32(m_frame->size()); ++row) {
        if (matches(row))
            m_rows.push_back(row);
    }
    if (m_sortColumn >= 0)
        sortRows(m_sortColumn, m_sortOrder);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CustomerTableModel::setLifetime(std::shared_ptr<const Analytics::LifetimeScores> lifetime)
{
    m_lifetime = std::move(lifetime);
    if (m_sortColumn >= PAlive && m_sortColumn <= Clv) {
        Q_EMIT layoutAboutToBeChanged();
        sortRows(m_sortColumn, m_sortOrder);
        Q_EMIT layoutChanged();
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, PAlive), index(int(m_rows.size()) - 1, Clv));
}

QVariant CustomerTableModel::lifetimeValue(qint32 row, int column) const
{
    const auto c = size_t(row);
    if (!m_lifetime || m_lifetime->pAlive.size() != size_t(m_frame->size()))
        return {};
    const double value = column == PAlive                 ? m_lifetime->pAlive[c]
                         : column == ExpectedPurchases90d ? m_lifetime->expectedPurchases90d[c]
                                                          : m_lifetime->clv[c];
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant CustomerTableModel::rawValue(qint32 row, int column) const
{
    const Model::CustomerFrame &f = *m_frame;
    const auto c = size_t(row);
    const bool scored = m_result && m_result->metrics.scored[c];
    switch (column) {
    case Id:
        return f.ids.at(row);
    case Name:
        return f.names.at(row);
    case Gender:
        return f.genders.at(row);
    case Province:
        return f.provinces.at(row);
    case City:
        return f.cities.at(row);
    case Age: {
        const int age = f.ageAt(row, m_result ? m_result->metrics.asOf : f.latestOrderDay + 1);
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case Phone:
        return f.phones.at(row);
    case Email:
        return f.emails.at(row);
    case AverageOrderValue: {
        // Net spend per order, over the orders up to the as-of date (the orders are sorted by
        // customer: a binary search finds this one's).
        const Model::OrderTable &orders = f.orders;
        const auto [first, last] = std::equal_range(orders.customer.begin(), orders.customer.end(), row);
        const Model::Day asOf = m_result ? m_result->metrics.asOf : Model::NoDay;
        double net = 0;
        qint64 count = 0;
        for (auto o = size_t(first - orders.customer.begin()); o < size_t(last - orders.customer.begin()); ++o) {
            if (asOf != Model::NoDay && orders.day[o] > asOf)
                continue;
            net += orders.purchase[o] + orders.returned[o];
            count += orders.hasPurchase[o];
        }
        return count > 0 ? QVariant(net / double(count)) : QVariant();
    }
    case Tags:
        return m_tagText ? QVariant(m_tagText(row)) : QVariant();
    case Recency:
        return scored ? QVariant(m_result->metrics.recency[c]) : QVariant();
    case Frequency:
        return m_result ? QVariant(m_result->metrics.frequency[c]) : QVariant();
    case Monetary:
        return m_result ? QVariant(m_result->metrics.monetary[c]) : QVariant();
    case RScore:
        return scored ? QVariant(int(m_result->scores.r[c])) : QVariant();
    case FScore:
        return scored ? QVariant(int(m_result->scores.f[c])) : QVariant();
    case MScore:
        return scored ? QVariant(int(m_result->scores.m[c])) : QVariant();
    case Code:
        return scored ? QVariant(Rfm::rfmCode(*m_result, row)) : QVariant();
    case Score:
        return scored ? QVariant(double(m_result->rfmScore[c])) : QVariant();
    case Tier:
        return scored ? QVariant(int(m_result->tier[c])) : QVariant();
    case Segment:
        return scored ? QVariant(int(m_result->segment[c])) : QVariant();
    case Cluster: {
        const Analytics::Clustering *clustering = clusters();
        return clustering && clustering->assignment[c] >= 0 ? QVariant(int(clustering->assignment[c])) : QVariant();
    }
    case PAlive:
    case ExpectedPurchases90d:
    case Clv:
        return lifetimeValue(row, column);
    default:
        return {};
    }
}

QString CustomerTableModel::displayValue(qint32 row, int column) const
{
    const QVariant value = rawValue(row, column);
    if (!value.isValid())
        return {};
    const QLocale locale;
    switch (column) {
    case Recency:
    case Frequency:
        return locale.toString(value.toDouble(), 'f', 0);
    case Monetary:
    case AverageOrderValue:
        return locale.toString(value.toDouble(), 'f', 2);
    case Phone:
        return m_personalShown ? value.toString() : Export::maskPhone(value.toString());
    case Email:
        return m_personalShown ? value.toString() : Export::maskEmail(value.toString());
    case Score:
        return locale.toString(value.toDouble(), 'f', 1);
    case PAlive:
        return locale.toString(value.toDouble(), 'f', 2);
    case ExpectedPurchases90d:
        return locale.toString(value.toDouble(), 'f', 1);
    case Clv:
        return locale.toString(value.toDouble(), 'f', 2);
    case Tier: {
        const int tier = value.toInt();
        return tier == 2 ? tr("High") : tier == 1 ? tr("Middle") : tr("Low");
    }
    case Segment:
        return m_segmentNames.value(value.toInt());
    case Cluster:
        return clusters()->clusters.value(value.toInt()).name;
    default:
        return value.toString();
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint32 row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case FrameRowRole:
        return row;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section;
    if (orientation == Qt::Horizontal && role == HiddenByDefaultRole)
        return section == Age || section == Phone || section == Email || section == AverageOrderValue
                || section == Tags;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Province:
        return tr("Province");
    case City:
        return tr("City");
    case Age:
        return tr("Age");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Recency:
        return tr("Recency (days)");
    case Frequency:
        return tr("Orders");
    case Monetary:
        return withCurrency(tr("Spend"), m_currency);
    case AverageOrderValue:
        return withCurrency(tr("Average order value"), m_currency);
    case Tags:
        return tr("Tags");
    case RScore:
        return tr("R");
    case FScore:
        return tr("F");
    case MScore:
        return tr("M");
    case Code:
        return tr("RFM code");
    case Score:
        return tr("RFM score");
    case Tier:
        return tr("Value tier");
    case Segment:
        return tr("Segment");
    case Cluster:
        return tr("Cluster");
    case PAlive:
        return tr("P(alive)");
    case ExpectedPurchases90d:
        return tr("Purchases next 90 days");
    case Clv:
        return tr("CLV");
    default:
        return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_frame || column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint32> frameRows;
    for (const QModelIndex &index : before)
        frameRows.push_back(m_rows[size_t(index.row())]);

    sortRows(column, order);
    m_sortColumn = column;
    m_sortOrder = order;

    std::vector<qint32> positionOf(size_t(m_frame->size()), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        positionOf[size_t(m_rows[i])] = qint32(i);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(positionOf[size_t(frameRows[size_t(i)])], before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerTableModel::sortRows(int column, Qt::SortOrder order)
{
    // Typed keys, not QVariants: a million comparisons stay cheap. Missing values (unscored
    // customers) sort last in either order.
    const bool ascending = order == Qt::AscendingOrder;
    const bool textual = isText(column);
    if (textual) {
        std::vector<QString> keys(size_t(m_frame->size()));
        for (qint32 row : m_rows)
            keys[size_t(row)] = rawValue(row, column).toString();
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](qint32 a, qint32 b) {
            const QString &x = keys[size_t(a)], &y = keys[size_t(b)];
            if (x.isEmpty() || y.isEmpty())
                return !x.isEmpty() && y.isEmpty();
            return ascending ? x < y : y < x;
        });
    } else {
        std::vector<double> keys(size_t(m_frame->size()), std::nan(""));
        for (qint32 row : m_rows) {
            const QVariant value = rawValue(row, column);
            if (value.isValid())
                keys[size_t(row)] = value.toDouble();
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](qint32 a, qint32 b) {
            const double x = keys[size_t(a)], y = keys[size_t(b)];
            if (std::isnan(x) || std::isnan(y))
                return !std::isnan(x) && std::isnan(y);
            return ascending ? x < y : y < x;
        });
    }
}

} // namespace Portrait::Ui
