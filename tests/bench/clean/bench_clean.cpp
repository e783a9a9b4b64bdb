// Benchmark: a 1M-customer project with messy attributes (phones in every writing, short province
// names, mixed-case e-mails, gender spelt many ways, 1% planted duplicates), imported once through
// the real importer and kept in $TMPDIR/portrait-bench-clean/. Measures the default pipeline
// applied (read, clean, write customer_clean, one transaction) and the exact-key duplicate search,
// median of 3 each, and the peak resident memory over the measured work (VmHWM, reset before).
// Bars: 3 s, 2 s, 500 MB. Prints the figures and PASS/FAIL.
#include "clean/pipeline.h"
#include "jobs/cleanjob.h"
#include "jobs/dedupejob.h"
#include "jobs/importjob.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

constexpr qsizetype Customers = 1'000'000;
constexpr int Runs = 3;
constexpr double CleanBarMs = 3000;
constexpr double DedupeBarMs = 2000;
constexpr double MemoryBarMb = 500;

QByteArray phoneWriting(qint64 digits, int style)
{
    const QByteArray d = QByteArray::number(digits);
    switch (style % 5) {
    case 0: return d;
    case 1: return "+86 " + d.left(3) + ' ' + d.mid(3, 4) + ' ' + d.mid(7);
    case 2: return d.left(3) + '-' + d.mid(3, 4) + '-' + d.mid(7);
    case 3: return "(+86) " + d;
    default: return "86" + d;
    }
}

bool writeCustomersCsv(const QString &path, qint64 &planted)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(20261207);
    std::uniform_int_distribution<int> pick(0, 1 << 30);
    const QList<QByteArray> surnames { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
    const QList<QByteArray> given { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳" };
    const QList<QByteArray> genders { "男", "女", "M", "F", "male", "female", "先生", "女士", "1", "2", "保密", "" };
    const QList<QPair<QByteArray, QByteArray>> places { { "广东", "深圳" },  { "广东省", "广州市" }, { "浙江", "杭州" },
                                                        { "", "成都" },      { "北京", "北京" },     { "内蒙古", "呼和浩特" },
                                                        { "江苏省", "南京市" }, { "上海市", "上海" },  { "湖北", "武汉" },
                                                        { "四川省", "绵阳" },  { "", "" },           { "火星", "某市" } };
    QByteArray chunk = "会员编号,姓名,性别,手机号,邮箱,省份,城市,生日\n";
    planted = 0;
    for (qsizetype c = 0; c < Customers; ++c) {
        qsizetype person = c;
        // Every hundredth customer is an earlier one again, the phone written another way.
        if (c % 100 == 99) {
            person = c - 1 - qsizetype(pick(rng) % 50);
            ++planted;
        }
        const int r = pick(rng);
        const qint64 phone = 13000000000LL + (person * 7919LL) % 1000000000LL;
        const auto &place = places.at(r % places.size());
        const QByteArray email = (r % 7 == 0 ? "User" : "user") + QByteArray::number(c) + (r % 3 == 0 ? "@QQ.com" : "@163.com");
        chunk += "C" + QByteArray::number(c) + ',' + surnames.at(person % surnames.size()) + given.at((person / 10) % given.size())
                + (r % 9 == 0 ? " " : "") + given.at((person / 120) % given.size()) + ',' + genders.at(r % genders.size())
                + ',' + phoneWriting(phone, r) + ',' + email + ',' + place.first + ',' + place.second + ','
                + QByteArray::number(1950 + r % 55) + '-' + QByteArray::number(1 + r % 12) + '-' + QByteArray::number(1 + r % 28)
                + '\n';
        if (chunk.size() > (1 << 22)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.flush();
}

QString ensureProject()
{
    const QString dir = QDir::temp().filePath(u"portrait-bench-clean"_s);
    QDir().mkpath(dir);
    const QString project = dir + u"/million.portrait"_s;
    if (QFile::exists(project))
        return project;
    const QString csv = dir + u"/customers.csv"_s;
    qint64 planted = 0;
    std::printf("bench_clean  generating %s …\n", qPrintable(csv));
    if (!writeCustomersCsv(csv, planted))
        return {};
    const QString building = dir + u"/building.portrait"_s;
    QFile::remove(building);
    {
        auto created = Project::ProjectFile::create(building);
        if (!created)
            return {};
        Jobs::ImportOptions options;
        options.kind = Jobs::SourceKind::Customers;
        CancelToken cancel;
        auto report = Jobs::importFile(**created, csv, options, nullProgress(), cancel);
        if (!report) {
            std::printf("bench_clean  import failed: %s\n", qPrintable(report.error().toString()));
            return {};
        }
    }
    QFile::remove(csv);
    return QFile::rename(building, project) ? project : QString();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Peak resident memory since the last reset, in MB (Linux: VmHWM of /proc/self/status).
double peakMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return -1;
}

void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = ensureProject();
    if (path.isEmpty()) {
        std::printf("bench_clean  FAIL: could not make the project\n");
        return 1;
    }
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project) {
        std::printf("bench_clean  FAIL: %s\n", qPrintable(project.error().toString()));
        return 1;
    }
    resetPeak();
    const double baseMb = peakMb();
    std::vector<double> cleanMs, dedupeMs;
    qint64 cleaned = 0, groups = 0, changed = 0;
    CancelToken cancel;
    Jobs::CleanOptions apply;
    apply.apply = true;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto report = Jobs::runCleaning(**project, Clean::Pipeline::defaults(), apply, nullProgress(), cancel);
        cleanMs.push_back(ms(timer));
        if (!report) {
            std::printf("bench_clean  FAIL: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        cleaned = report->customers;
        changed = 0;
        for (const Clean::StepReport &step : report->steps)
            changed += step.changedTotal();
        std::printf("bench_clean  default pipeline, run %d: %.0f ms (%lld customers, %lld values changed)\n", run + 1,
                    cleanMs.back(), qlonglong(cleaned), qlonglong(changed));
    }
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto found = Jobs::findDuplicates(**project, Clean::defaultMatchKeys(), nullProgress(), cancel);
        dedupeMs.push_back(ms(timer));
        if (!found) {
            std::printf("bench_clean  FAIL: %s\n", qPrintable(found.error().toString()));
            return 1;
        }
        groups = found->groups.size();
        std::printf("bench_clean  exact-key dedupe, run %d: %.0f ms (%lld groups)\n", run + 1, dedupeMs.back(),
                    qlonglong(groups));
    }
    const double peak = peakMb();
    const double clean = median(cleanMs), dedupe = median(dedupeMs);
    const bool cleanOk = clean < CleanBarMs, dedupeOk = dedupe < DedupeBarMs, memoryOk = peak < MemoryBarMb;
    std::printf("bench_clean  default pipeline median %.0f ms, bar %.0f ms, ratio %.2f: %s\n", clean, CleanBarMs,
                clean / CleanBarMs, cleanOk ? "PASS" : "FAIL");
    std::printf("bench_clean  exact-key dedupe median %.0f ms, bar %.0f ms, ratio %.2f: %s\n", dedupe, DedupeBarMs,
                dedupe / DedupeBarMs, dedupeOk ? "PASS" : "FAIL");
    std::printf("bench_clean  peak memory %.0f MB (%.0f MB before the work), bar %.0f MB: %s\n", peak, baseMb,
                MemoryBarMb, memoryOk ? "PASS" : "FAIL");
    return cleanOk && dedupeOk && memoryOk ? 0 : 1;
}
