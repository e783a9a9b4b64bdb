#include "jobs/rfmsettings.h"
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "rfm/presets.h"
#include "rfm/scoring.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Jobs;

namespace {

// Everything an analyst can change at once: method, levels, metric options, an edited scheme, a
// hand-set cut list and tiers.
RfmSettings everythingChanged()
{
    RfmSettings settings;
    settings.request.scheme = u"cn8"_s;
    settings.request.methodGiven = true;
    settings.request.scoring.method = Rfm::Method::Ntile;
    settings.request.scoring.bins = 4;
    settings.request.metrics.asOf = Model::Day(QDate(2025, 10, 1).toJulianDay());
    settings.request.metrics.windowDays = 365;
    settings.request.metrics.frequency = Rfm::FrequencyMode::Days;
    settings.request.metrics.monetary = Rfm::MonetaryMode::Average;
    settings.request.metrics.returns = Rfm::ReturnsMode::Exclude;
    Rfm::SegmentScheme scheme = Rfm::presetScheme(u"rfm10");
    scheme.rules.front().name = u"冠军客户（改）"_s;
    settings.editedScheme = scheme;
    settings.cuts[0] = std::vector<double> { 20.0, 95.5, 300.0 };
    settings.tiers.weights = { 2, 1, 0.5 };
    settings.tiers.high = 75;
    settings.tiers.low = 35;
    return settings;
}

void compareSettings(const RfmSettings &a, const RfmSettings &b)
{
    QCOMPARE(a.request.scheme, b.request.scheme);
    QCOMPARE(a.request.methodGiven, b.request.methodGiven);
    QCOMPARE(a.request.scoring.method, b.request.scoring.method);
    QCOMPARE(a.request.scoring.bins, b.request.scoring.bins);
    QCOMPARE(a.request.scoring.thresholds, b.request.scoring.thresholds);
    QCOMPARE(a.request.metrics.asOf, b.request.metrics.asOf);
    QCOMPARE(a.request.metrics.windowDays, b.request.metrics.windowDays);
    QCOMPARE(a.request.metrics.frequency, b.request.metrics.frequency);
    QCOMPARE(a.request.metrics.monetary, b.request.metrics.monetary);
    QCOMPARE(a.request.metrics.returns, b.request.metrics.returns);
    QVERIFY(a.editedScheme == b.editedScheme);
    QVERIFY(a.cuts == b.cuts);
    QVERIFY(a.tiers.weights == b.tiers.weights);
    QCOMPARE(a.tiers.high, b.tiers.high);
    QCOMPARE(a.tiers.low, b.tiers.low);
}

} // namespace

class TestRfmSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const RfmSettings settings = everythingChanged();
        auto back = rfmSettingsFromJson(rfmSettingsToJson(settings), u"p.portrait"_s);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        compareSettings(*back, settings);
        auto defaults = rfmSettingsFromJson(rfmSettingsToJson(RfmSettings()), u"p.portrait"_s);
        QVERIFY(defaults);
        compareSettings(*defaults, RfmSettings());
    }

    void damagedFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("method") << QByteArray(R"("method":"ntile")") << QByteArray(R"("method":"kmeans")") << u"method"_s;
        QTest::newRow("bins") << QByteArray(R"("bins":4)") << QByteArray(R"("bins":9)") << u"bins"_s;
        QTest::newRow("as-of") << QByteArray(R"("asOf":"2025-10-01")") << QByteArray(R"("asOf":"2025-13-40")")
                               << u"asOf"_s;
        QTest::newRow("unsorted cuts") << QByteArray("[20,95.5,300]") << QByteArray("[300,95.5,20]") << u"cuts"_s;
        QTest::newRow("returns") << QByteArray(R"("returns":"exclude")") << QByteArray(R"("returns":"both")")
                                 << u"returns"_s;
    }

    void damagedFieldsAreNamed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QByteArray json = rfmSettingsToJson(everythingChanged());
        QVERIFY2(json.contains(from), json.constData());
        json.replace(from, to);
        auto parsed = rfmSettingsFromJson(json, u"p.portrait"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"“"_s + field + u"”"_s), qPrintable(parsed.error().message));
        QCOMPARE(parsed.error().source, u"p.portrait"_s);
    }

    // Saved into the project and read back, the settings score the demo exactly as they did.
    void savedInProjectAndScoreTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.portrait"_s);
        QVERIFY(writeSampleProject(path, nullProgress()));
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        auto none = loadRfmSettings(**project);
        QVERIFY(none);
        QVERIFY(!none->has_value());

        CancelToken cancel;
        auto frame = Project::loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        RfmSettings settings = everythingChanged();
        settings.request.scoring.method = Rfm::Method::Quantile;
        settings.request.scoring.bins = 5;
        settings.cuts[0] = std::vector<double> { 30.0, 90.0, 180.0, 365.0 };
        auto before = runRfmSettings(*frame, settings);
        QVERIFY2(before, before ? "" : qPrintable(before.error().toString()));
        // The hand-set cut line is the one used, not the quantile's.
        QCOMPARE(before->scores.cuts[0], *settings.cuts[0]);
        for (qsizetype i = 0; i < frame->size(); ++i) {
            const auto at = size_t(i);
            if (!before->metrics.scored[at])
                continue;
            const double days = before->metrics.recency[at];
            const int expected = days <= 30 ? 5 : days <= 90 ? 4 : days <= 180 ? 3 : days <= 365 ? 2 : 1;
            QCOMPARE(int(before->scores.r[at]), expected);
        }

        QVERIFY(saveRfmSettings(**project, settings));
        project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        auto saved = loadRfmSettings(**project);
        QVERIFY(saved && saved->has_value());
        compareSettings(**saved, settings);
        auto after = runRfmSettings(*frame, **saved);
        QVERIFY(after);
        QCOMPARE(after->segment, before->segment);
        QCOMPARE(after->tier, before->tier);
    }
};

QTEST_GUILESS_MAIN(TestRfmSettings)
#include "tst_rfmsettings.moc"
