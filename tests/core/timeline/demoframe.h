#pragma once

// The demo project (`portrait sample`) written to a temporary folder and read back: the realistic
// data the timeline tests run on (5,000 customers, two years of orders with returns).

#include "jobs/sampleproject.h"
#include "model/customerframe.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct DemoProject
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Portrait::Project::ProjectFile> project;
    Portrait::Model::CustomerFrame frame;
};

inline std::unique_ptr<DemoProject> openDemoProject()
{
    using namespace Portrait;
    auto demo = std::make_unique<DemoProject>();
    demo->path = demo->dir.filePath(QStringLiteral("demo.portrait"));
    if (Status s = Jobs::writeSampleProject(demo->path, nullProgress()); !s)
        qFatal("%s", qPrintable(s.error().toString()));
    auto project = Project::ProjectFile::open(demo->path, Project::ProjectFile::Lock::None);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    demo->project = project.takeValue();
    CancelToken cancel;
    auto frame = Project::loadFrame(*demo->project, nullProgress(), cancel);
    if (!frame)
        qFatal("%s", qPrintable(frame.error().toString()));
    demo->frame = frame.takeValue();
    return demo;
}

inline Portrait::Model::Day dayOf(int y, int m, int d)
{
    return Portrait::Model::Day(QDate(y, m, d).toJulianDay());
}
