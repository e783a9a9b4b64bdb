#include "sampleproject.h"

#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "sampledata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct Sample
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::Sample)
};

Model::Day dayOf(const QDate &date)
{
    return date.isValid() ? Model::Day(date.toJulianDay()) : Model::NoDay;
}

Status writeCustomers(Project::ProjectWriter &writer, const SampleData &data, QHash<QString, qint64> &ids)
{
    for (const SampleCustomer &c : data.customers) {
        auto id = writer.customerId(c.id.toUtf8());
        if (!id)
            return id.error();
        ids.insert(c.id, *id);
        Project::CustomerRecord record;
        record.name = c.name;
        record.gender = c.gender;
        record.birthDay = dayOf(c.birthDate);
        record.phone = c.phone;
        record.email = c.email;
        record.province = c.province;
        record.city = c.city;
        record.country = u"中国"_s;
        record.signupDay = dayOf(c.signupDate);
        if (Status status = writer.updateCustomer(*id, record); !status)
            return status;
    }
    return {};
}

Status writeOrders(Project::ProjectWriter &writer, qint64 sourceId, const SampleData &data,
                   const QHash<QString, qint64> &ids, Project::SourceRecord &counts)
{
    for (const SampleOrder &o : data.orders) {
        Project::OrderRecord record;
        record.customerId = ids.value(o.customerId);
        record.orderKey = o.orderId.toUtf8();
        record.day = dayOf(o.placedAt.date());
        record.secondsOfDay = o.placedAt.time().msecsSinceStartOfDay() / 1000;
        record.purchase = o.isReturn ? 0.0 : o.amount;
        record.returned = o.isReturn ? o.amount : 0.0;
        record.hasPurchase = !o.isReturn;
        record.lineCount = 1;
        record.quantity = o.quantity;
        record.channel = o.channel;
        record.category = o.category;
        record.paymentMethod = o.paymentMethod;
        record.promo = o.promo ? 1 : 0;
        if (Status status = writer.addOrder(sourceId, record); !status)
            return status;
        counts.totalAmount += o.amount;
        counts.returnOrders += o.isReturn ? 1 : 0;
        counts.returnLines += o.isReturn ? 1 : 0;
    }
    for (const SampleAnswer &a : data.answers) {
        Project::AnswerRecord answer;
        answer.customerId = ids.value(a.customerId);
        answer.day = dayOf(a.answeredOn);
        answer.nps = a.nps;
        answer.satisfaction = a.satisfaction;
        answer.motivation = a.motivation;
        if (Status status = writer.addAnswer(sourceId, answer); !status)
            return status;
    }
    return {};
}

} // namespace

Status writeSampleProject(const QString &path, ProgressSink &progress)
{
    progress.setPhase(Sample::tr("Generating the demo data"));
    const SampleData data = generateSampleData();

    auto project = Project::ProjectFile::create(path);
    if (!project)
        return project.error();
    progress.setPhase(Sample::tr("Writing %1").arg(QFileInfo(path).fileName()));
    Project::ProjectWriter writer(**project);
    if (Status status = writer.begin(); !status)
        return status;

    Project::SourceRecord source;
    source.kind = u"sample"_s;
    source.fileName = Sample::tr("Demo data");
    source.filePath = QString();
    source.checksum = QString();
    source.format = u"generated"_s;
    source.encoding = u"UTF-8"_s;
    source.delimiter = QString();
    source.mappingJson = "{}";
    auto sourceId = writer.addSource(source);
    if (!sourceId)
        return sourceId.error();

    QHash<QString, qint64> ids;
    if (Status status = writeCustomers(writer, data, ids); !status)
        return status;
    if (Status status = writeOrders(writer, *sourceId, data, ids, source); !status)
        return status;
    source.rowsRead = source.rowsAccepted = data.orders.size();
    source.ordersInFile = source.ordersStored = data.orders.size();
    source.customersInFile = source.newCustomers = data.customers.size();
    if (Status status = writer.updateSource(*sourceId, source); !status)
        return status;
    return writer.commit();
}

} // namespace Portrait::Jobs
