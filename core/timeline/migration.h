#pragma once

#include "model/keycolumn.h"
#include "rfm/segmentscheme.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Portrait::Timeline {

/// The customers two sides of a comparison talk about: the frame's rows first (row i is index i),
/// then customers only a snapshot still knows (removed from the project since), appended.
class CustomerUniverse
{
public:
    explicit CustomerUniverse(const Model::KeyColumn &frameKeys);

    qsizetype size() const { return m_frameKeys.size() + qsizetype(m_extraKeys.size()); }
    qsizetype frameSize() const { return m_frameKeys.size(); }
    QString key(qsizetype index) const;
    /// The index of key, appending it when no side had it yet.
    qint32 indexOf(QStringView key);

private:
    const Model::KeyColumn &m_frameKeys;
    QHash<QStringView, qint32> m_index;   ///< built on first use; views into m_frameKeys and m_extraKeys
    std::vector<QString> m_extraKeys;
    bool m_indexed = false;
};

/// One side of a comparison: the segments of a scoring at a date, or of a snapshot, laid over a
/// CustomerUniverse.
struct SegmentSide
{
    QString label;                    ///< "2025-01-01" or a snapshot's name
    Model::Day asOf = Model::NoDay;
    Rfm::SegmentScheme scheme;        ///< names and order of the segments
    std::vector<qint16> segment;      ///< per universe index: rule index (fallback rules.size()); -1 not scored
    std::vector<double> monetary;     ///< 0 where not scored
    std::vector<float> rfmScore;      ///< NaN where not scored

    qsizetype segmentCount() const { return scheme.rules.size() + 1; }
    /// Grows the columns to the universe's size; new indexes are not scored.
    void resize(qsizetype size);
};

/// Who moved from which segment to which between two sides. Rows are the first side's segments
/// then "(new)" (not scored there); columns the second side's segments then "(not scored)".
/// Customers scored on neither side are left out.
struct Migration
{
    int fromCount = 0;                 ///< from.segmentCount() + 1
    int toCount = 0;                   ///< to.segmentCount() + 1
    std::vector<qint64> customers;     ///< row-major, fromCount × toCount
    std::vector<double> monetaryFrom;  ///< Σ monetary on the first side
    std::vector<double> monetaryTo;    ///< Σ monetary on the second side
    qint64 moved = 0;                  ///< customers whose segment (by name) differs, new or gone included

    int newRow() const { return fromCount - 1; }
    int notScoredColumn() const { return toCount - 1; }
    size_t cell(int from, int to) const { return size_t(from) * size_t(toCount) + size_t(to); }
    qint64 customersAt(int from, int to) const { return customers[cell(from, to)]; }
};

/// Matrix of the two sides, which must have the same size (one universe).
Migration computeMigration(const SegmentSide &from, const SegmentSide &to);

/// The row (from) or column (to) name: a segment's display name, "(new)" or "(not scored)".
/// English names are the stable keys of the CSV files.
QString fromName(const SegmentSide &side, int row, bool chinese);
QString toName(const SegmentSide &side, int column, bool chinese);

/// Universe indexes of the customers in one cell of the matrix, ascending.
std::vector<qint32> customersInCell(const SegmentSide &from, const SegmentSide &to, int fromRow, int toColumn);

/// Per segment of side, the mean RFM score of its customers (NaN for an empty segment): how
/// valuable a segment is, to tell losses from gains.
std::vector<double> segmentValues(const SegmentSide &side);

/// One flow of a migration, for the list "what moved".
struct Flow
{
    int from = 0;
    int to = 0;
    qint64 customers = 0;
    double monetaryFrom = 0;
    double monetaryTo = 0;
    bool loss = false;
};

/// The cells off the diagonal (segment changed by name), losses first, each group by the value
/// the customers carried before (monetaryFrom), largest first; then by customers. A loss is a
/// move to a segment of lower mean RFM score, or out of the scored customers.
QList<Flow> flowsByLoss(const SegmentSide &from, const SegmentSide &to, const Migration &migration);

} // namespace Portrait::Timeline
