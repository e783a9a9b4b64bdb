#include "libraries.h"

#include <QCoreApplication>

#include <Eigen/Core>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Portrait {

namespace {

struct Libraries
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Libraries)
};

} // namespace

QList<ThirdPartyLibrary> thirdPartyLibraries()
{
    const QString qt = QString::fromLatin1(qVersion());
    const QString eigen = u"%1.%2.%3"_s.arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
    return {
        { u"Qt (Core, Gui, Widgets, Sql, Concurrent, Svg)"_s, qt, u"LGPL-3.0-only"_s, u"https://www.qt.io/"_s,
          Libraries::tr("windows, threads, the SQLite driver, translations") },
        { u"Qt Charts"_s, qt, u"GPL-3.0-only"_s, u"https://doc.qt.io/qt-6/qtcharts-index.html"_s,
          Libraries::tr("the dashboard's charts") },
        { u"SQLite"_s, QString::fromLatin1(sqlite3_libversion()), u"blessing"_s, u"https://sqlite.org/"_s,
          Libraries::tr("the project file (public domain)") },
        { u"Eigen"_s, eigen, u"MPL-2.0"_s, u"https://eigen.tuxfamily.org/"_s, Libraries::tr("matrix arithmetic for the analytics") },
        { u"minizip"_s, QStringLiteral(ZLIB_VERSION), u"Zlib"_s, u"https://github.com/madler/zlib"_s,
          Libraries::tr("reading Excel workbooks (with zlib)") },
        { u"libxlsxwriter"_s, QString::fromLatin1(LXW_VERSION), u"BSD-2-Clause"_s,
          u"https://libxlsxwriter.github.io/"_s, Libraries::tr("writing Excel workbooks") },
        { u"Noto Sans CJK"_s, QString(), u"OFL-1.1"_s, u"https://github.com/notofonts/noto-cjk"_s,
          Libraries::tr("Chinese text in the report and the charts") },
    };
}

} // namespace Portrait
