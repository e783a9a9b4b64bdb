#include "cliutil.h"
#include "commands.h"

#include "export/clusteroutput.h"
#include "jobs/clusterfeaturechoice.h"
#include "jobs/clusterjob.h"
#include "jobs/rfmsettings.h"
#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ClusterCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ClusterCommand)
};

struct ClusterOptions
{
    QCommandLineOption project { u"project"_s, ClusterCommand::tr("The .portrait project."), u"P"_s };
    QCommandLineOption k { u"k"_s, ClusterCommand::tr("Number of clusters, 2–%1, or auto: chosen by silhouette over 2–8.")
                                           .arg(Jobs::KMax),
                           u"N|auto"_s, u"auto"_s };
    QCommandLineOption features { u"features"_s,
                                  ClusterCommand::tr("Comma-separated numeric features (default recency,frequency,"
                                                     "monetary); skewed ones are taken as log1p unless NAME:raw, "
                                                     "NAME:log forces it."),
                                  u"LIST"_s };
    QCommandLineOption seed { u"seed"_s, ClusterCommand::tr("Random seed: the same seed gives the same clusters."),
                              u"S"_s, u"1"_s };
    QCommandLineOption restarts { u"restarts"_s, ClusterCommand::tr("k-means++ restarts; the lowest inertia is kept."),
                                  u"N"_s, u"10"_s };
    QCommandLineOption out { u"out"_s, ClusterCommand::tr("Write clusters.csv (customer_id,cluster,cluster_name,"
                                                          "distance) here."),
                             u"FILE"_s };
    QCommandLineOption summary { u"summary"_s, ClusterCommand::tr("Write summary.json here."), u"FILE"_s };
    QCommandLineOption save { u"save"_s,
                              ClusterCommand::tr("Save the clusters in the project under this name; they become the "
                                                 "clusters of the workbench, exports (--cluster) and rules (cluster)."),
                              u"NAME"_s };
    QCommandLineOption chinese { u"chinese-names"_s, ClusterCommand::tr("Name the clusters in Chinese.") };
};

// Fills settings from the options; returns an error message, empty when all is well.
QString parseSettings(const QCommandLineParser &parser, const ClusterOptions &o, Analytics::ClusterSettings &settings)
{
    if (!parser.isSet(o.project))
        return ClusterCommand::tr("cluster needs --project.");
    bool ok = true;
    const QString k = parser.value(o.k);
    if (k != u"auto"_s) {
        settings.k = k.toInt(&ok);
        if (!ok || settings.k < 2 || settings.k > Jobs::KMax)
            return ClusterCommand::tr("--k must be auto or a whole number from 2 to %1.").arg(Jobs::KMax);
    }
    settings.seed = parser.value(o.seed).toULongLong(&ok);
    if (!ok)
        return ClusterCommand::tr("--seed must be a whole number of 0 or more.");
    settings.restarts = parser.value(o.restarts).toInt(&ok);
    if (!ok || settings.restarts < 1 || settings.restarts > 1000)
        return ClusterCommand::tr("--restarts must be a whole number from 1 to 1000.");
    if (parser.isSet(o.features)) {
        auto features = Jobs::parseClusterFeatures(parser.value(o.features));
        if (!features)
            return u"--features: "_s + features.error().message;
        settings.features = features.takeValue();
    }
    if (parser.isSet(o.save) && parser.value(o.save).trimmed().isEmpty())
        return ClusterCommand::tr("--save needs a name.");
    return {};
}

void printClusters(const Jobs::ClusterRun &run, const QList<Analytics::ClusterProfile> &profiles)
{
    const Analytics::Clustering &c = run.best();
    const QLocale locale;
    for (const Analytics::Clustering &fit : run.fits) {
        if (run.fits.size() > 1)
            printLine(stderr, ClusterCommand::tr("k = %1: inertia %2, silhouette %3%4")
                                      .arg(fit.k)
                                      .arg(fit.inertia, 0, 'f', 2)
                                      .arg(fit.silhouette, 0, 'f', 4)
                                      .arg(&fit == &c ? ClusterCommand::tr("  ← chosen") : QString()));
    }
    printLine(stderr, c.silhouetteSample > 0
                      ? ClusterCommand::tr("Silhouette computed on a seeded sample of %1 of the %2 customers clustered.")
                                .arg(c.silhouetteSample)
                                .arg(c.clusteredCount())
                      : ClusterCommand::tr("Silhouette computed over all %1 customers clustered.").arg(c.clusteredCount()));
    if (run.leftOut > 0)
        printLine(stderr, ClusterCommand::tr("%1 scored customers left out: a feature is missing for them.").arg(run.leftOut));
    for (const Analytics::ClusterProfile &p : profiles) {
        printLine(stdout, u"%1\t%2\t%3\t%4\t%5"_s.arg(p.cluster + 1)
                                  .arg(c.clusters.at(p.cluster).name)
                                  .arg(p.size)
                                  .arg(locale.toString(p.share * 100, 'f', 1) + u'%')
                                  .arg(locale.toString(p.revenueShare * 100, 'f', 1) + u'%'));
    }
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { ClusterCommand::tr("Cannot write: %1").arg(file.errorString()), path, 0, 0, {} };
    return {};
}

} // namespace

int clusterCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClusterCommand::tr(
            "Cluster the scored customers with k-means (k-means++ restarts, the lowest inertia kept) on z-scored "
            "features, name the clusters and describe them. The customers are scored as last saved in the "
            "workbench."));
    ClusterOptions o;
    parser.addOptions({ o.project, o.k, o.features, o.seed, o.restarts, o.out, o.summary, o.save, o.chinese });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    Analytics::ClusterSettings settings;
    if (const QString problem = parseSettings(parser, o, settings); !problem.isEmpty())
        return usageError(problem, parser.helpText());

    auto project = Project::ProjectFile::open(parser.value(o.project), Project::ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto saved = Jobs::loadRfmSettings(**project);
    const Jobs::RfmSettings scoring = saved && *saved ? **saved : Jobs::RfmSettings();
    auto rfm = Jobs::runRfmSettings(*frame, scoring);
    if (!rfm)
        return fail(rfm.error());
    const bool chinese = parser.isSet(o.chinese) || rfm->scheme.preferChinese;
    auto run = Jobs::runClustering(*frame, *rfm, scoring.request.metrics, settings, chinese, progress, cancel);
    if (!run) {
        Error error = run.error();
        if (error.source.isEmpty())
            error.source = (*project)->fileName();
        return fail(error);
    }
    Analytics::Clustering &best = run->fits[run->chosen];
    if (parser.isSet(o.save))
        best.name = parser.value(o.save).trimmed();
    auto view = Jobs::viewClustering(*frame, *rfm, scoring.request.metrics, best, chinese, 0);
    if (!view)
        return fail(view.error());
    printClusters(*run, view->profiles);

    if (parser.isSet(o.out)) {
        if (Status status = Export::writeClustersCsv(*frame, best, parser.value(o.out)); !status)
            return fail(status.error());
    }
    if (parser.isSet(o.summary)) {
        const QByteArray json = Export::clusterSummaryJson(best, view->profiles, { run->eligible, run->leftOut });
        if (Status status = writeFile(parser.value(o.summary), json); !status)
            return fail(status.error());
    }
    if (parser.isSet(o.save)) {
        if (Status status = Project::saveClustering(**project, best); !status)
            return fail(status.error());
        printLine(stderr, ClusterCommand::tr("Saved the %1 clusters in the project as “%2”.").arg(best.k).arg(best.name));
    }
    return Ok;
}

} // namespace Portrait::Cli
