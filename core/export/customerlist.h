#pragma once

#include "common/currency.h"
#include "analytics/lifetimevalue.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace Portrait::Export {

/// The columns a customer list can have. The default set is all of them, in this order.
enum class ListColumn {
    CustomerId, Name, Gender, Age, Province, City, Phone, Email,
    Recency, Frequency, Monetary, RScore, FScore, MScore, RfmCode, RfmScore, Segment, Tier,
    PAlive, ExpectedPurchases90d, Clv
};
constexpr int ListColumnCount = int(ListColumn::Clv) + 1;

/// Text columns are written as text (XLSX string cells, so ids and phones keep their leading
/// zeros; formula-like text defused); number columns as numbers, empty when unknown.
enum class CellKind { Text, Number };

/// customer id, name, gender, age, province, city, phone, e-mail, recency, frequency, monetary,
/// R, F, M, RFM code, RFM score, segment, value tier.
QList<ListColumn> defaultListColumns();
/// p_alive, expected_purchases_90d, clv: added to the default columns when the project has a
/// lifetime model.
QList<ListColumn> lifetimeListColumns();
/// Stable key, the same as rfm.csv's where they overlap: "customer_id", "recency_days", "r_score", …
QString listColumnKey(ListColumn column);
std::optional<ListColumn> listColumnFromKey(QStringView key);
/// Header of the written file: English ("Customer ID") or Chinese ("客户 ID").
QString listColumnHeader(ListColumn column, bool chinese);
CellKind listColumnKind(ListColumn column);
/// Digits after the decimal point of a number column: monetary 2, RFM score 1, the others 0.
int listColumnDecimals(ListColumn column);
/// Phone, e-mail and name: masked unless the list says otherwise.
bool isPersonalColumn(ListColumn column);

/// What to export: some rows of a frame with their RFM results. Shared pointers, so a copy can be
/// written on a worker thread while the workbench moves on.
struct CustomerList
{
    std::shared_ptr<const Model::CustomerFrame> frame;
    /// May be null: the RFM columns are then empty.
    std::shared_ptr<const Rfm::RfmResult> result;
    /// May be null (no lifetime model): the lifetime columns are then empty.
    std::shared_ptr<const Analytics::LifetimeScores> lifetime;
    /// Frame row indices, in the order to write them: a segment, or any filtered list.
    std::vector<qint32> rows;
    QList<ListColumn> columns = defaultListColumns();
    bool mask = true;
    /// Headers, segment and tier names in Chinese (the UI language, or the scheme's).
    bool chinese = false;
    /// The project's currency, named in the monetary column's header ("Monetary (¥)").
    Currency currency = Currency::None;
};

/// Cell values of a list, ready for a writer. Text is masked when the list asks for it; unknown
/// values are empty text or NaN.
class ListCells
{
public:
    explicit ListCells(const CustomerList &list);

    QString header(ListColumn column) const;
    /// The value of a Text column.
    QString text(qint32 row, ListColumn column) const;
    /// The value of a Number column, rounded to listColumnDecimals(); NaN when unknown (not
    /// scored, no age).
    double number(qint32 row, ListColumn column) const;

private:
    double rawNumber(qint32 row, ListColumn column) const;

    const CustomerList &m_list;
    QStringList m_segmentNames;
    QStringList m_tierNames;
    Model::Day m_asOf = Model::NoDay;
};

/// The segment whose English or Chinese name is name (case and surrounding spaces ignored):
/// a rule index, or rules.size() for the fallback; nothing when no segment has that name.
std::optional<int> findSegment(const Rfm::SegmentScheme &scheme, QStringView name);

/// Frame rows, in frame order, whose customer is in one of segments (all customers when it is
/// empty) and in tier (2 high, 1 middle, 0 low; any when not given). Filters leave unscored
/// customers out; without filters every customer is listed.
std::vector<qint32> selectRows(const Model::CustomerFrame &frame, const Rfm::RfmResult &result,
                               const QList<int> &segments, std::optional<int> tier);

} // namespace Portrait::Export
