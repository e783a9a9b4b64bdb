#include "importmismatch.h"

#include "rfm/scoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct MismatchText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Mismatch)
};

QString isoDay(Model::Day day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

/// A few ids, as the analyst would recognise them.
QString sample(const QStringList &keys)
{
    QStringList shown = keys.mid(0, 3);
    return shown.join(u", "_s) + (keys.size() > 3 ? u", …"_s : QString());
}

QStringList frameSample(const Model::CustomerFrame &frame)
{
    QStringList keys;
    for (qsizetype row = 0; row < frame.size() && keys.size() < 4; ++row)
        keys.append(frame.ids.at(row));
    return keys;
}

std::optional<Mismatch> dateMismatch(const SourceProfile &file, const SourceProfile &project)
{
    if (file.firstOrderDay == Model::NoDay || project.firstOrderDay == Model::NoDay)
        return std::nullopt;
    const qint64 gap = file.firstOrderDay > project.lastOrderDay ? qint64(file.firstOrderDay) - project.lastOrderDay
            : project.firstOrderDay > file.lastOrderDay          ? qint64(project.firstOrderDay) - file.lastOrderDay
                                                                 : 0;
    if (gap <= MaxDateGapDays)
        return std::nullopt;
    return Mismatch { Mismatch::Kind::Dates,
                      MismatchText::tr("Its orders run from %1 to %2, the project's from %3 to %4: not one day in "
                                       "common, and %5 days apart (more than %6, so not simply the next month's "
                                       "export).")
                              .arg(isoDay(file.firstOrderDay), isoDay(file.lastOrderDay),
                                   isoDay(project.firstOrderDay), isoDay(project.lastOrderDay),
                                   QLocale().toString(gap))
                              .arg(MaxDateGapDays) };
}

std::optional<Mismatch> customerMismatch(const SourceProfile &file, const Model::CustomerFrame &project)
{
    if (file.customerKeys.size() < MinCustomersForIdCheck || project.size() == 0)
        return std::nullopt;
    const QSet<QString> fileKeys(file.customerKeys.begin(), file.customerKeys.end());
    for (qsizetype row = 0; row < project.size(); ++row) {
        if (fileKeys.contains(project.ids.at(row)))
            return std::nullopt;
    }
    return Mismatch { Mismatch::Kind::Customers,
                      MismatchText::tr("Not one of its %1 customer ids is among the project's %2 customers (the "
                                       "file's look like %3; the project's like %4).")
                              .arg(QLocale().toString(file.customerKeys.size()), QLocale().toString(project.size()),
                                   sample(file.customerKeys), sample(frameSample(project))) };
}

std::optional<Mismatch> amountMismatch(const SourceProfile &file, const SourceProfile &project)
{
    if (file.purchaseOrders < MinOrdersForAmountCheck || project.purchaseOrders < MinOrdersForAmountCheck)
        return std::nullopt;
    const double a = file.medianOrderAmount, b = project.medianOrderAmount;
    if (!(a > 0) || !(b > 0))
        return std::nullopt;
    const double ratio = std::max(a, b) / std::min(a, b);
    if (ratio < AmountRatio)
        return std::nullopt;
    const QLocale locale;
    return Mismatch { Mismatch::Kind::Amounts,
                      MismatchText::tr("Its median order amount is %1, the project's %2: a factor of %3 apart "
                                       "(the warning starts at %4). The amounts may be in another currency or unit, "
                                       "such as cents instead of yuan.")
                              .arg(locale.toString(a, 'f', 2), locale.toString(b, 'f', 2),
                                   locale.toString(ratio, 'f', ratio < 100 ? 1 : 0))
                              .arg(AmountRatio) };
}

} // namespace

SourceProfile orderProfileOf(const Model::CustomerFrame &frame)
{
    SourceProfile profile;
    const Model::OrderTable &orders = frame.orders;
    std::vector<double> amounts;
    amounts.reserve(size_t(orders.size()));
    for (size_t i = 0; i < size_t(orders.size()); ++i) {
        const Model::Day day = orders.day[i];
        if (profile.firstOrderDay == Model::NoDay || day < profile.firstOrderDay)
            profile.firstOrderDay = day;
        profile.lastOrderDay = std::max(profile.lastOrderDay, day);
        if (orders.hasPurchase[i])
            amounts.push_back(orders.purchase[i]);
    }
    profile.purchaseOrders = qint64(amounts.size());
    profile.medianOrderAmount = Rfm::quantileUnsorted(amounts, 0.5);
    return profile;
}

QList<Mismatch> findMismatches(const SourceProfile &file, const Model::CustomerFrame &project)
{
    const SourceProfile projectOrders = orderProfileOf(project);
    QList<Mismatch> found;
    if (auto dates = dateMismatch(file, projectOrders))
        found.append(*dates);
    if (auto customers = customerMismatch(file, project))
        found.append(*customers);
    if (auto amounts = amountMismatch(file, projectOrders))
        found.append(*amounts);
    return found;
}

} // namespace Portrait::Jobs
