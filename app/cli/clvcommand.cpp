#include "cliutil.h"
#include "commands.h"

#include "analytics/lifetimejson.h"
#include "export/clvcsv.h"
#include "jobs/lifetimestore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ClvCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ClvCommand)
};

struct ClvOptions
{
    QCommandLineOption project { u"project"_s, ClvCommand::tr("The .portrait project."), u"P"_s };
    QCommandLineOption calibrationEnd { u"calibration-end"_s,
                                        ClvCommand::tr("Last day of the calibration period (default: the last "
                                                       "purchase day; later purchases are the holdout check)."),
                                        u"YYYY-MM-DD"_s };
    QCommandLineOption unit { u"unit"_s, ClvCommand::tr("Time unit of the model: days or weeks."), u"U"_s, u"weeks"_s };
    QCommandLineOption horizon { u"horizon-months"_s, ClvCommand::tr("CLV horizon in months."), u"N"_s, u"12"_s };
    QCommandLineOption discount { u"discount-monthly"_s, ClvCommand::tr("Monthly discount rate of the CLV."), u"R"_s,
                                  u"0.01"_s };
    QCommandLineOption out { u"out"_s, ClvCommand::tr("Write clv.csv here (one row per customer)."), u"FILE"_s };
    QCommandLineOption params { u"params"_s, ClvCommand::tr("Write params.json here (parameters, errors, holdout)."),
                                u"FILE"_s };
    QCommandLineOption save { u"save"_s,
                              ClvCommand::tr("Keep the fit in the project: tag rules and exports then see p_alive, "
                                             "expected_purchases_90d and clv.") };
};

QString settingsProblem(const QCommandLineParser &parser, const ClvOptions &o, Analytics::LifetimeSettings &settings)
{
    bool ok = true;
    if (parser.isSet(o.calibrationEnd)) {
        settings.calibrationEnd = parseIsoDay(parser.value(o.calibrationEnd), &ok);
        if (!ok)
            return ClvCommand::tr("--calibration-end must be a date like 2011-09-30.");
    }
    const auto unit = Analytics::timeUnitFromKey(parser.value(o.unit));
    if (!unit)
        return ClvCommand::tr("--unit must be days or weeks.");
    settings.unit = *unit;
    settings.horizonMonths = parser.value(o.horizon).toInt(&ok);
    if (!ok || settings.horizonMonths < 1 || settings.horizonMonths > 120)
        return ClvCommand::tr("--horizon-months must be a whole number from 1 to 120.");
    settings.monthlyDiscount = parser.value(o.discount).toDouble(&ok);
    if (!ok || settings.monthlyDiscount < 0 || settings.monthlyDiscount >= 1)
        return ClvCommand::tr("--discount-monthly must be a rate from 0 to below 1, e.g. 0.01.");
    return {};
}

QString withError(double value, const std::optional<double> &error)
{
    return error ? u"%1 ± %2"_s.arg(value, 0, 'g', 5).arg(*error, 0, 'g', 3) : QString::number(value, 'g', 5);
}

void printSummary(const Analytics::LifetimeResult &result)
{
    const Analytics::LifetimeModel &m = result.model;
    const Analytics::BgNbdParams &p = m.bgnbd.params;
    const auto error = [&m](size_t k) {
        return m.bgnbd.standardErrors ? std::optional<double>((*m.bgnbd.standardErrors)[k]) : std::nullopt;
    };
    printLine(stdout, ClvCommand::tr("customers\t%1\nrepeat customers\t%2").arg(m.customers).arg(m.repeaters));
    printLine(stdout, ClvCommand::tr("BG/NBD\tr %1\talpha %2\ta %3\tb %4\tlog-likelihood %5")
                              .arg(withError(p.r, error(0)), withError(p.alpha, error(1)), withError(p.a, error(2)),
                                   withError(p.b, error(3)))
                              .arg(m.bgnbd.logLikelihood, 0, 'f', 2));
    if (m.gammaGamma) {
        const Analytics::GammaGammaFit &g = *m.gammaGamma;
        const auto gError = [&g](size_t k) {
            return g.standardErrors ? std::optional<double>((*g.standardErrors)[k]) : std::nullopt;
        };
        printLine(stdout, ClvCommand::tr("Gamma-Gamma\tp %1\tq %2\tgamma %3\tlog-likelihood %4")
                                  .arg(withError(g.params.p, gError(0)), withError(g.params.q, gError(1)),
                                       withError(g.params.gamma, gError(2)))
                                  .arg(g.logLikelihood, 0, 'f', 2));
    }
    if (result.holdout)
        printLine(stdout, ClvCommand::tr("holdout %1 – %2\tactual %3\tpredicted %4")
                                  .arg(isoDay(result.holdout->firstDay), isoDay(result.holdout->lastDay))
                                  .arg(result.holdout->actual, 0, 'f', 0)
                                  .arg(result.holdout->predicted, 0, 'f', 1));
}

int writeOutputs(const QCommandLineParser &parser, const ClvOptions &o, const Model::CustomerFrame &frame,
                 const Analytics::LifetimeResult &result)
{
    if (parser.isSet(o.out)) {
        if (Status s = Export::writeClvCsv(frame, result, parser.value(o.out)); !s)
            return fail(s.error());
        printLine(stderr, ClvCommand::tr("Wrote %1 customers to %2.").arg(result.history.size()).arg(parser.value(o.out)));
    }
    if (parser.isSet(o.params)) {
        if (Status s = Export::writeWholeFile(parser.value(o.params), Analytics::lifetimeParamsJson(result)); !s)
            return fail(s.error());
        printLine(stderr, ClvCommand::tr("Wrote %1.").arg(parser.value(o.params)));
    }
    if (!parser.isSet(o.out) && !parser.isSet(o.params))
        printSummary(result);
    return Ok;
}

} // namespace

int clvCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClvCommand::tr(
            "Fit the BG/NBD churn and Gamma-Gamma spend models on the customers' purchase days and give each "
            "customer P(alive), expected purchases and CLV."));
    ClvOptions o;
    parser.addOptions({ o.project, o.calibrationEnd, o.unit, o.horizon, o.discount, o.out, o.params, o.save });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(o.project))
        return usageError(ClvCommand::tr("clv needs --project."), parser.helpText());
    Analytics::LifetimeSettings settings;
    if (const QString problem = settingsProblem(parser, o, settings); !problem.isEmpty())
        return usageError(problem, parser.helpText());

    auto project = Project::ProjectFile::open(parser.value(o.project), Project::ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto result = Analytics::fitLifetime(*frame, settings, progress, cancel);
    if (!result) {
        Error error = result.error();
        error.source = (*project)->fileName();
        return fail(error);
    }
    for (const QString &warning : result->warnings)
        printLine(stderr, ClvCommand::tr("warning: %1").arg(warning));
    if (parser.isSet(o.save)) {
        if (Status s = Jobs::saveLifetimeModel(**project, &result->model); !s)
            return fail(s.error());
        printLine(stderr, ClvCommand::tr("Saved the lifetime model in %1.").arg((*project)->fileName()));
    }
    return writeOutputs(parser, o, *frame, *result);
}

} // namespace Portrait::Cli
