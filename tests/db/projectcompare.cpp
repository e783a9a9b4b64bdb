#include "projectcompare.h"

#include "export/rfmcsv.h"
#include "jobs/rfmjob.h"
#include "project/frameloader.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace DbTest {

Imported importInto(const QString &projectPath, const QString &source, const Jobs::ImportOptions &options)
{
    Imported out;
    auto project = Project::ProjectFile::create(projectPath);
    if (!project) {
        out.error = project.error().toString();
        return out;
    }
    out.project = project.takeValue();
    CancelToken cancel;
    auto report = Jobs::importFile(*out.project, source, options, nullProgress(), cancel);
    if (report)
        out.report = report.takeValue();
    else
        out.error = report.error().toString();
    return out;
}

QStringList rows(Project::ProjectFile &project, const QString &sql)
{
    QSqlQuery query(project.database());
    QStringList out;
    if (!query.exec(sql))
        return { u"query failed: "_s + sql };
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        out.append(fields.join(u'|'));
    }
    out.sort();
    return out;
}

QStringList ordersByCustomer(Project::ProjectFile &project)
{
    return rows(project, u"SELECT c.customer_key, count(*), sum(o.has_purchase), "
                         "count(DISTINCT CASE WHEN o.has_purchase = 1 THEN o.order_day END), min(o.order_day), "
                         "max(o.order_day), printf('%.2f', sum(o.purchase_amount)), "
                         "printf('%.2f', sum(o.returned_amount)), sum(o.promo = 1), sum(o.promo >= 0), "
                         "sum(o.line_count), printf('%.2f', sum(o.quantity)) "
                         "FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.customer_key"_s);
}

QStringList firstTimes(Project::ProjectFile &project)
{
    return rows(project, u"SELECT c.customer_key, o.order_day, min(o.order_seconds) "
                         "FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.customer_key, o.order_day"_s);
}

QStringList customers(Project::ProjectFile &project)
{
    return rows(project, u"SELECT customer_key, name, city, phone, order_count, last_order_day, "
                         "printf('%.2f', total_amount) FROM customers"_s);
}

QStringList sourceCounts(Project::ProjectFile &project)
{
    return rows(project, u"SELECT kind, rows_read, rows_accepted, rows_rejected, rows_without_customer, "
                         "orders_in_file, orders_stored, customers_in_file, return_orders, cancellation_rows, "
                         "return_lines, printf('%.2f', total_amount) FROM sources"_s);
}

QStringList rejected(Project::ProjectFile &project)
{
    return rows(project, u"SELECT column_name, reason, raw_value FROM rejected_rows"_s);
}

QStringList rfmRows(Project::ProjectFile &project, const Rfm::MetricOptions &metrics, const QString &scheme)
{
    CancelToken cancel;
    auto frame = Project::loadFrame(project, nullProgress(), cancel);
    if (!frame)
        return { u"frame: "_s + frame.error().toString() };
    Jobs::RfmRequest request;
    request.metrics = metrics;
    request.scheme = scheme;
    auto result = Jobs::runRfmRequest(*frame, request);
    if (!result)
        return { u"rfm: "_s + result.error().toString() };
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rfm.csv"_s);
    if (Status status = Export::writeRfmCsv(*frame, *result, path, false); !status)
        return { u"csv: "_s + status.error().toString() };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { u"cannot read "_s + path };
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QStringList everything(Project::ProjectFile &project)
{
    QStringList out;
    for (const QString &table : { u"sources"_s, u"rejected_rows"_s, u"customers"_s, u"orders"_s,
                                  u"survey_answers"_s, u"settings"_s, u"database_sources"_s }) {
        for (const QString &row : rows(project, u"SELECT * FROM "_s + table))
            out.append(table + u": "_s + row);
    }
    return out;
}

QString rfmDifference(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return u"%1 rows instead of %2"_s.arg(actual.size()).arg(expected.size());
    constexpr int Monetary = 3;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QStringList a = actual.at(i).split(u',');
        QStringList e = expected.at(i).split(u',');
        const bool close = a.size() > Monetary && e.size() > Monetary
            && std::abs(a.at(Monetary).toDouble() - e.at(Monetary).toDouble()) < 0.0101;
        if (close)
            a[Monetary] = e[Monetary];
        if (a != e)
            return u"row %1 is “%2”, expected “%3”"_s.arg(i).arg(actual.at(i), expected.at(i));
    }
    return {};
}

QStringList mappingOf(const Jobs::ImportReport &report)
{
    QStringList out;
    for (int r = 1; r < Io::RoleCount; ++r) {
        const int column = report.mapping.column(Io::Role(r));
        if (column >= 0 && column < report.headers.size())
            out.append(Io::roleKey(Io::Role(r)) + u'=' + report.headers.at(column));
    }
    return out;
}

} // namespace DbTest
