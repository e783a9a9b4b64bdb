#pragma once

#include "timeline/campaign.h"

#include "common/error.h"
#include "model/customerframe.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTableWidgetItem;
class QUndoCommand;

namespace Portrait::Ui {

class TimelineContext;

/// The undoable step of a campaign just recorded: undo deletes it, redo records it again. A
/// campaign is found by its name (unique, never renamed), not by its id, which changes each time
/// it is recorded again.
QUndoCommand *recordedCampaignCommand(TimelineContext *context, const Timeline::Campaign &campaign,
                                      const QString &text);
/// Deletes the campaign named name, undoably: undo records it again with the same members.
QUndoCommand *deleteCampaignCommand(TimelineContext *context, const QString &name, const QString &text);

/// The treated (control false) or control members of the campaign named name, as rows of frame,
/// read off the GUI thread; done gets them and how many members frame no longer has.
struct CampaignGroup
{
    std::vector<qint32> rows;
    qint64 missing = 0;
};
void loadCampaignGroup(TimelineContext *context, std::shared_ptr<const Model::CustomerFrame> frame,
                       const QString &name, bool control, std::function<void(Result<CampaignGroup>)> done);

/// A right-aligned number cell of the campaign tables, value kept in Qt::UserRole (NaN: empty).
QTableWidgetItem *campaignNumber(double value, int decimals = 0);
/// YYYY-MM-DD.
QString campaignDay(Model::Day day);

} // namespace Portrait::Ui
