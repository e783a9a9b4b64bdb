#include "tagscsv.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Portrait::Export {

namespace {

struct TagsCsv
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::TagsCsv)
};

} // namespace

Status writeTagsCsv(const Model::CustomerFrame &frame, const Tags::TagAssignment &tags, const QString &path)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error { TagsCsv::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    QList<QByteArray> paths;
    for (const Tags::TagResult &tag : tags.tags)
        paths.append(csvField(tag.path));
    QByteArray out = "customer_id,tag\n";
    for (qsizetype c = 0; c < frame.size(); ++c) {
        QByteArray id;
        for (qsizetype t = 0; t < tags.tags.size(); ++t) {
            if (!tags.tags.at(t).members[size_t(c)])
                continue;
            if (id.isEmpty())
                id = csvField(frame.ids.at(c));
            out += id + ',' + paths.at(t) + '\n';
        }
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return Error { TagsCsv::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    return {};
}

} // namespace Portrait::Export
