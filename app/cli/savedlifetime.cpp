#include "savedlifetime.h"

#include "cliutil.h"

#include "jobs/lifetimestore.h"

#include <QCoreApplication>

namespace Portrait::Cli {

namespace {

struct SavedLifetime
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::SavedLifetime)
};

} // namespace

std::shared_ptr<const Analytics::LifetimeResult> savedLifetime(Project::ProjectFile &project,
                                                               const Model::CustomerFrame &frame)
{
    auto lifetime = Jobs::loadLifetime(project, frame);
    if (!lifetime) {
        printLine(stderr, SavedLifetime::tr("warning: the saved lifetime model cannot be used (%1); p_alive, "
                                            "expected_purchases_90d and clv are missing.")
                                  .arg(lifetime.error().toString()));
        return nullptr;
    }
    return lifetime.takeValue();
}

} // namespace Portrait::Cli
