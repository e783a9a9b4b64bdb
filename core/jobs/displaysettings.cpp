#include "displaysettings.h"

#include "project/projectfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::DisplaySettings)
};

const QString CurrencyKey = u"display.currency"_s;
const QString TitleKey = u"report.title"_s;
const QString SubtitleKey = u"report.subtitle"_s;

bool hasHan(QStringView text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

/// The first few hundred values of a column are enough to tell the language it is written in.
bool columnHasHan(const Model::TextColumn &column, qsizetype limit = 400)
{
    for (qsizetype i = 0; i < std::min(column.size(), limit); ++i) {
        if (hasHan(column.at(i)))
            return true;
    }
    return false;
}

} // namespace

Currency defaultCurrency(const Model::CustomerFrame &frame, const QLocale &locale)
{
    const bool chineseData = columnHasHan(frame.provinces) || columnHasHan(frame.cities) || columnHasHan(frame.names)
            || std::any_of(frame.channels.begin(), frame.channels.end(), [](const QString &c) { return hasHan(c); });
    return chineseData ? Currency::Yuan : currencyForLocale(locale);
}

Result<DisplaySettings> loadDisplaySettings(const Project::ProjectFile &project)
{
    DisplaySettings settings;
    const QString key = project.setting(CurrencyKey);
    if (!key.isEmpty()) {
        settings.currency = currencyFromKey(key);
        if (!settings.currency) {
            return Error { DisplayText::tr("%1: the saved currency \"%2\" is not one of CNY, USD, EUR or none.")
                                   .arg(project.fileName(), key),
                           project.fileName(), 0, 0, {} };
        }
    }
    settings.reportTitle = project.setting(TitleKey);
    settings.reportSubtitle = project.setting(SubtitleKey);
    return settings;
}

Status saveDisplaySettings(Project::ProjectFile &project, const DisplaySettings &settings)
{
    if (settings.currency) {
        if (Status status = project.setSetting(CurrencyKey, currencyKey(*settings.currency)); !status)
            return status;
    }
    if (Status status = project.setSetting(TitleKey, settings.reportTitle); !status)
        return status;
    return project.setSetting(SubtitleKey, settings.reportSubtitle);
}

} // namespace Portrait::Jobs
