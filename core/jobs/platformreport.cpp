#include "platformreport.h"

#include "io/platformvocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Portrait::Io::OrderState;

namespace Portrait::Jobs {

namespace {

struct PlatformReport
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::PlatformReport)
};

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(u"“"_s + value + u"”"_s);
    return quoted.join(PlatformReport::tr(", "));
}

QString notPurchaseBreakdown(const PlatformCounts &c)
{
    QStringList parts;
    for (OrderState state : { OrderState::Unpaid, OrderState::Closed, OrderState::Cancelled }) {
        if (c.byState[int(state)] > 0)
            parts.append(PlatformReport::tr("%1 %2").arg(c.byState[int(state)]).arg(Io::orderStateLabel(state)));
    }
    return parts.join(PlatformReport::tr(", "));
}

QString percent(double part, double whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + u'%' : PlatformReport::tr("n/a");
}

} // namespace

void addPlatformIssues(ImportReport &report, bool written)
{
    const PlatformCounts &c = report.platformCounts;
    const QString file = report.source.fileName;
    if (report.source.kind == u"orders"_s && !report.mapping.has(Io::Role::CustomerId)) {
        report.issues.warn(PlatformReport::tr("The file has no customer id column (shop platforms' anonymised reports "
                                              "leave it out), so no customer profiles, RFM scores or tags can be made "
                                              "from it. Its %n order(s) are kept for order-level analysis on the Data "
                                              "page: orders by province and day, payment conversion and refund share. "
                                              "If a column does name the buyer, map it to customer_id.",
                                              nullptr, int(c.orders)),
                           file);
    }
    if (c.notPurchases() > 0) {
        const int n = int(c.notPurchases());
        const QString text = written
                ? PlatformReport::tr("%n order(s) are not purchases (%1): they are listed with their status on the "
                                     "Data page and are not scored.", nullptr, n)
                : PlatformReport::tr("%n order(s) are not purchases (%1): the import will list them with their "
                                     "status and not score them.", nullptr, n);
        report.issues.info(text.arg(notPurchaseBreakdown(c)), file);
    }
    if (c.byState[int(OrderState::Refunded)] > 0 || c.partlyRefunded > 0) {
        report.issues.info(PlatformReport::tr("Orders refunded in full (counted as returns): %1; refunded in part "
                                              "(net amount lowered): %2.")
                                   .arg(c.byState[int(OrderState::Refunded)])
                                   .arg(c.partlyRefunded),
                           file);
    }
    if (c.unknownStatusLines > 0) {
        report.issues.warn(PlatformReport::tr("%n line(s) have an order status Portrait does not know (%1); read as "
                                              "purchases.", nullptr, int(c.unknownStatusLines))
                                   .arg(quotedList(c.unknownStatuses)),
                           file);
    }
    if (c.maskedCustomers > 0) {
        report.issues.warn(PlatformReport::tr("%1 of %2 customer ids are masked (like %3): the platform hid part of "
                                              "each id, so different buyers whose ids look alike are merged into one "
                                              "customer. Export the report with full buyer ids if the platform allows "
                                              "it.")
                                   .arg(c.maskedCustomers)
                                   .arg(c.customers)
                                   .arg(quotedList(c.maskedExamples)),
                           file);
    }
}

QStringList platformSummaryLines(const ImportReport &report)
{
    QStringList lines;
    if (!report.platform.isEmpty()) {
        lines.append(PlatformReport::tr("Looks like a %1 order export; its preset mapping was used.")
                             .arg(Io::platformName(report.platform)));
    }
    const PlatformCounts &c = report.platformCounts;
    if (!c.collected || c.orders == 0)
        return lines;
    const QLocale locale;
    QString line = PlatformReport::tr("Order level: %1 orders, %2 paid (payment conversion %3)")
                           .arg(c.orders)
                           .arg(c.paidOrders())
                           .arg(percent(double(c.paidOrders()), double(c.orders)));
    if (c.notPurchases() > 0)
        line += PlatformReport::tr("; not purchases: %1").arg(notPurchaseBreakdown(c));
    line += PlatformReport::tr("; refunds %1 of %2 paid (%3).")
                    .arg(locale.toString(c.refundAmount, 'f', 2), locale.toString(c.paidAmount, 'f', 2),
                         percent(c.refundAmount, c.paidAmount));
    lines.append(line);
    return lines;
}

} // namespace Portrait::Jobs
