#include "cliutil.h"
#include "commands.h"

#include "jobs/displaysettings.h"
#include "jobs/rfmsettings.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "report/pdfreport.h"
#include "report/slides.h"
#include "settings/interfacefont.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ReportCommand)
};

struct ReportOptions
{
    QCommandLineOption project { u"project"_s, ReportCommand::tr("The .portrait project."), u"P"_s };
    QCommandLineOption out { u"out"_s, ReportCommand::tr("Write the PDF report here."), u"FILE"_s };
    QCommandLineOption scheme { u"scheme"_s,
                                ReportCommand::tr("cn8, rfm10, shop11 or a scheme file (default: as last scored in "
                                                  "the workbench, else shop11)."),
                                u"S"_s };
    QCommandLineOption method { u"method"_s, ReportCommand::tr("quantile, rfmpkg, ntile, mean or median."), u"M"_s };
    QCommandLineOption asOf { u"as-of"_s,
                              ReportCommand::tr("Analysis date (default: the day after the latest order)."),
                              u"YYYY-MM-DD"_s };
    QCommandLineOption lang { u"lang"_s, ReportCommand::tr("Report language: en or zh_CN."), u"L"_s, u"en"_s };
    QCommandLineOption title { u"title"_s,
                               ReportCommand::tr("The report's title (default: as set in the workbench, else "
                                                 "\"Customer segment report\")."),
                               u"TEXT"_s };
    QCommandLineOption subtitle { u"subtitle"_s,
                                  ReportCommand::tr("The line below the title (default: as set in the workbench, "
                                                    "else the project's name)."),
                                  u"TEXT"_s };
};

// What the command line says about the scoring; unset parts keep what the workbench saved.
struct ScoringOverrides
{
    std::optional<Model::Day> asOf;
    std::optional<Rfm::Method> method;
    QString schemeName;
    std::optional<Rfm::SegmentScheme> scheme;
};

// Checks the options before any work; returns an error message, empty when all is well.
QString parseOptions(const QCommandLineParser &parser, const ReportOptions &o, ScoringOverrides &overrides)
{
    if (!parser.isSet(o.project))
        return ReportCommand::tr("report needs --project.");
    if (!parser.isSet(o.out))
        return ReportCommand::tr("report needs --out.");
    const QString lang = parser.value(o.lang);
    if (lang != u"en"_s && lang != u"zh_CN"_s)
        return ReportCommand::tr("--lang must be en or zh_CN.");
    if (parser.isSet(o.asOf)) {
        bool ok = true;
        overrides.asOf = parseIsoDay(parser.value(o.asOf), &ok);
        if (!ok)
            return ReportCommand::tr("--as-of must be a date like 2024-12-31.");
    }
    if (parser.isSet(o.method)) {
        overrides.method = Rfm::methodFromKey(parser.value(o.method));
        if (!overrides.method || *overrides.method == Rfm::Method::Thresholds)
            return ReportCommand::tr("--method must be quantile, rfmpkg, ntile, mean or median.");
    }
    if (parser.isSet(o.scheme)) {
        auto scheme = Jobs::resolveScheme(parser.value(o.scheme));
        if (!scheme)
            return scheme.error().message;
        overrides.schemeName = parser.value(o.scheme);
        overrides.scheme = scheme.takeValue();
    }
    return {};
}

// An option given replaces what the workbench saved, and drops the cut lines set by hand, which
// belong to the scoring they were drawn on.
void applyOverrides(const ScoringOverrides &overrides, Jobs::RfmSettings &settings)
{
    Jobs::RfmRequest &request = settings.request;
    if (overrides.asOf)
        request.metrics.asOf = *overrides.asOf;
    if (overrides.method) {
        request.scoring.method = *overrides.method;
        request.methodGiven = true;
    }
    if (overrides.scheme) {
        request.scheme = overrides.schemeName;
        settings.editedScheme = overrides.scheme; // resolved once, while checking the options
    }
    if (overrides.asOf || overrides.method || overrides.scheme)
        settings.cuts = {};
}

// Slide texts in the chosen language, whatever the terminal's locale.
void applyLanguage(const QString &lang, QTranslator &translator)
{
    QLocale::setDefault(lang == u"zh_CN"_s ? QLocale(QLocale::Chinese, QLocale::China)
                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    Ui::applyInterfaceFont(QLocale()); // Chinese in Simplified Chinese glyphs, whatever fontconfig prefers
    if (lang == u"zh_CN"_s && translator.load(QLocale(), u"portrait"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            ReportCommand::tr("Write the segment report (title, findings, every dashboard chart, the segment "
                              "table with actions, method and data quality) as a PDF."));
    ReportOptions o;
    parser.addOptions({ o.project, o.out, o.scheme, o.method, o.asOf, o.lang, o.title, o.subtitle });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    ScoringOverrides overrides;
    if (const QString problem = parseOptions(parser, o, overrides); !problem.isEmpty())
        return usageError(problem, parser.helpText());
    QTranslator translator;
    const QString lang = parser.value(o.lang);
    applyLanguage(lang, translator);

    const QString projectPath = parser.value(o.project);
    auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto saved = Jobs::loadRfmSettings(**project);
    if (!saved)
        printLine(stderr, saved.error().toString());
    Jobs::RfmSettings settings = saved && *saved ? **saved : Jobs::RfmSettings();
    applyOverrides(overrides, settings);
    if (saved && *saved)
        printLine(stderr, ReportCommand::tr("Using the scoring last saved in the workbench; options on the "
                                            "command line take precedence."));
    auto result = Jobs::runRfmSettings(*frame, settings);
    if (!result)
        return fail(result.error());

    Ui::ReportHeader header;
    header.projectName = QFileInfo(projectPath).completeBaseName();
    header.chineseNames = lang == u"zh_CN"_s || result->scheme.preferChinese;
    header.settings = &settings;
    header.frame = &*frame;
    auto display = Jobs::loadDisplaySettings(**project);
    if (!display)
        printLine(stderr, display.error().toString());
    const Jobs::DisplaySettings shown = display ? *display : Jobs::DisplaySettings {};
    header.currency = shown.currency.value_or(Jobs::defaultCurrency(*frame));
    header.title = parser.isSet(o.title) ? parser.value(o.title) : shown.reportTitle;
    header.subtitle = parser.isSet(o.subtitle) ? parser.value(o.subtitle) : shown.reportSubtitle;
    const Ui::SlideList slides = Ui::buildSlides(header, *result);
    const QString out = parser.value(o.out);
    if (Status status = Ui::PdfReport::write(slides, out, header.effectiveTitle()); !status)
        return fail(status.error());
    printLine(stderr, ReportCommand::tr("Wrote %1 pages to %2.").arg(slides.size()).arg(out));
    return Ok;
}

} // namespace Portrait::Cli
