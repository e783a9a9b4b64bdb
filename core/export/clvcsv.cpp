#include "clvcsv.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace Portrait::Export {

namespace {

struct ClvCsv
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::ClvCsv)
};

QByteArray number(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'g', 10) : QByteArray();
}

Error cannotWrite(const QSaveFile &file, const QString &path)
{
    return Error { ClvCsv::tr("Cannot write: %1").arg(file.errorString()), QFileInfo(path).fileName(), 0, 0, {} };
}

} // namespace

Status writeClvCsv(const Model::CustomerFrame &frame, const Analytics::LifetimeResult &result, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file, path);
    const Analytics::PurchaseHistory &h = result.history;
    const Analytics::HistoryScores &s = result.historyScores;
    const double unit = Analytics::daysPerUnit(result.model.settings.unit);
    QByteArray out = "customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv\n";
    for (size_t i = 0; i < size_t(h.size()); ++i) {
        out += csvField(frame.ids.at(h.customer[i])) + ',' + QByteArray::number(h.repeatDays[i]) + ','
                + number(h.lastDay[i] / unit) + ',' + number(h.observedDays[i] / unit) + ',' + number(s.pAlive[i])
                + ',' + number(s.expectedHorizon[i]) + ',' + number(s.expectedSpend[i]) + ',' + number(s.clv[i]) + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return cannotWrite(file, path);
    return {};
}

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file, path);
    file.write(bytes);
    if (!file.commit())
        return cannotWrite(file, path);
    return {};
}

} // namespace Portrait::Export
