#include "rfmcsv.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

struct RfmCsv
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::RfmCsv)
};

QByteArray number(double value, int decimals)
{
    if (value == 0.0)
        value = 0.0; // no "-0.00"
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

Status writeRfmCsv(const Model::CustomerFrame &frame, const Rfm::RfmResult &result, const QString &path,
                   bool chineseNames)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error { RfmCsv::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };

    QByteArray out = "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,rfm_score,"
                     "segment\n";
    const Rfm::RfmMetrics &m = result.metrics;
    QList<QByteArray> segmentNames;
    for (int rule = 0; rule <= result.scheme.rules.size(); ++rule)
        segmentNames.append(csvField(result.scheme.displayName(rule, chineseNames)));

    for (qsizetype i = 0; i < frame.size(); ++i) {
        const auto c = size_t(i);
        out += csvField(frame.ids.at(i));
        out += ',';
        if (m.scored[c]) {
            out += QByteArray::number(qint64(m.recency[c])) + ',' + number(m.frequency[c], 0) + ','
                    + number(m.monetary[c], 2) + ',' + QByteArray::number(result.scores.r[c]) + ','
                    + QByteArray::number(result.scores.f[c]) + ',' + QByteArray::number(result.scores.m[c]) + ','
                    + Rfm::rfmCode(result, i).toLatin1() + ',' + number(double(result.rfmScore[c]), 1) + ','
                    + segmentNames.at(result.segment[c]);
        } else {
            out += ',' + number(m.frequency[c], 0) + ',' + number(m.monetary[c], 2) + ",,,,,,";
        }
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return Error { RfmCsv::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    return {};
}

} // namespace Portrait::Export
