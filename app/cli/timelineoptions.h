#pragma once

#include "jobs/rfmsettings.h"
#include "model/customerframe.h"
#include "project/projectfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <memory>

namespace Portrait::Cli {

/// The RFM options of `portrait rfm`, as migrate, trend and campaign create take them: each one
/// given replaces what the workbench saved in the project (and drops the cut lines set there by
/// hand, which belong to the scoring they were drawn on); the others keep it.
struct TimelineScoringOptions
{
    TimelineScoringOptions();

    QCommandLineOption window, bins, method, thresholds, scheme, returns, frequency, monetary, chinese;

    QList<QCommandLineOption> all() const;
};

/// Applies the options given to settings; returns a message for a bad value, empty when all is well.
QString applyScoringOptions(const QCommandLineParser &parser, const TimelineScoringOptions &o,
                            Jobs::RfmSettings &settings);

/// A project opened for a timeline command, with its frame and the scoring to use.
struct TimelineProject
{
    std::unique_ptr<Project::ProjectFile> project;
    Model::CustomerFrame frame;
    Jobs::RfmSettings settings;
};

/// Opens path without a lock, reads the frame and the saved scoring, then applies the options
/// (when given). Returns -1 when all is well, else the exit code after printing why.
int openTimelineProject(const QString &path, const QCommandLineParser &parser, const TimelineScoringOptions *options,
                        TimelineProject &out);

/// Segment names in Chinese: asked for, or the scheme is written in Chinese (as `portrait rfm`).
bool chineseNames(const QCommandLineParser &parser, const TimelineScoringOptions &o,
                  const Rfm::SegmentScheme &scheme);

} // namespace Portrait::Cli
