#include "export/exportdialog.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "rfm/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Ui::ExportDialog;

namespace {

struct Data
{
    std::shared_ptr<const Model::CustomerFrame> frame;
    std::shared_ptr<const Rfm::RfmResult> result;
};

// Four customers; one city is formula-like, as a hostile source file could make it.
Data makeData()
{
    auto frame = std::make_shared<Model::CustomerFrame>();
    const Model::Day day = Model::Day(QDate(2025, 6, 1).toJulianDay());
    const struct
    {
        const char16_t *id, *name, *phone, *email, *city;
        double spend;
        int orders;
    } customers[] = { { u"007001", u"王芳", u"13812345678", u"wangfang@example.com", u"=HYPERLINK(\"x\")", 900, 6 },
                      { u"007002", u"李伟", u"+86 139 0000 1111", u"liwei@example.com", u"北京", 50, 1 },
                      { u"007003", u"Anna Lee", u"15011112222", u"anna@example.org", u"-3", 300, 3 },
                      { u"007004", u"陈静", u"18622223333", u"cj@163.com", u"上海", 2000, 9 } };
    for (const auto &c : customers) {
        const qint32 index = frame->addCustomer(QString::fromUtf16(c.id));
        frame->names.set(index, QString::fromUtf16(c.name));
        frame->phones.set(index, QString::fromUtf16(c.phone));
        frame->emails.set(index, QString::fromUtf16(c.email));
        frame->cities.set(index, QString::fromUtf16(c.city));
        for (int o = 0; o < c.orders; ++o)
            frame->orders.append(index, day - index * 20 - (c.orders - 1 - o) * 7, c.spend / c.orders, 0, true);
    }
    frame->latestOrderDay = day;
    Rfm::ScoringOptions scoring;
    scoring.method = Rfm::Method::Median;
    auto run = Rfm::runRfm(Rfm::computeMetrics(*frame, {}), scoring, Rfm::presetScheme(u"cn8"_s));
    return { frame, run.ok() ? std::make_shared<const Rfm::RfmResult>(run.takeValue()) : nullptr };
}

QList<QStringList> readCsv(const QString &path)
{
    Io::CsvReader reader;
    Io::CsvOptions options;
    options.encoding = "UTF-8";
    options.delimiter = ',';
    QList<QStringList> rows;
    if (!reader.open(path, options))
        return rows;
    Io::CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView field : record.fields)
            fields.append(QString::fromUtf8(field));
        rows.append(fields);
    }
    return rows;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAMaskedCsvByDefault()
    {
        const Data data = makeData();
        QVERIFY(data.result);
        QTemporaryDir dir;
        ExportDialog dialog(data.frame, data.result, { 3, 0, 2 }, false, u"Top customers.csv"_s);
        dialog.show();
        QVERIFY(dialog.maskPersonalData());
        QCOMPARE(dialog.format(), Export::ListFormat::Csv);
        QCOMPARE(dialog.columns(), Export::defaultListColumns());

        const QString path = dir.filePath(u"top.csv"_s);
        dialog.findChild<QLineEdit *>(u"exportPath"_s)->setText(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QCOMPARE(exported.first().first().toString(), path);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(6), u"Phone"_s);
        // In the order given: 陈静, 王芳, Anna Lee.
        QCOMPARE(rows.at(1).mid(0, 2), QStringList({ u"007004"_s, u"陈*"_s }));
        QCOMPARE(rows.at(1).at(6), u"186****3333"_s);
        QCOMPARE(rows.at(2).mid(0, 2), QStringList({ u"007001"_s, u"王*"_s }));
        QCOMPARE(rows.at(2).at(5), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(rows.at(2).at(6), u"138****5678"_s);
        QCOMPARE(rows.at(2).at(7), u"w***@example.com"_s);
        QCOMPARE(rows.at(3).at(1), u"A*** L**"_s);
        QCOMPARE(rows.at(3).at(5), u"'-3"_s);
    }

    void unmaskedXlsxWithChosenColumns()
    {
        const Data data = makeData();
        QTemporaryDir dir;
        ExportDialog dialog(data.frame, data.result, { 0, 1 }, true, u"重要价值客户.csv"_s);
        dialog.show();
        // Choosing XLSX renames the file and turns the encoding off.
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        format->setCurrentIndex(format->findData(int(Export::ListFormat::Xlsx)));
        QVERIFY(dialog.filePath().endsWith(u"重要价值客户.xlsx"_s));
        QVERIFY(!dialog.findChild<QComboBox *>(u"exportEncoding"_s)->isEnabled());

        dialog.findChild<QCheckBox *>(u"maskPersonalData"_s)->setChecked(false);
        auto *columns = dialog.findChild<QListWidget *>(u"exportColumns"_s);
        for (int i = 0; i < columns->count(); ++i) {
            const auto column = Export::ListColumn(columns->item(i)->data(Qt::UserRole + 1).toInt());
            const bool keep = column == Export::ListColumn::CustomerId || column == Export::ListColumn::Phone
                    || column == Export::ListColumn::Segment;
            columns->item(i)->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
        }
        QCOMPARE(columns->item(0)->text(), u"客户 ID"_s);

        const QString path = dir.filePath(u"list.xlsx"_s);
        dialog.setFilePath(path);
        dialog.startExport();
        QVERIFY(dialog.isWriting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWriting(), 10000);
        QCOMPARE(dialog.errorText(), QString());

        Io::XlsxReader reader;
        QVERIFY(reader.open(path).ok());
        Io::CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), size_t(3));
        QCOMPARE(QString::fromUtf8(record.fields[1]), u"手机号"_s);
        QVERIFY(reader.next(record));
        QCOMPARE(QString::fromUtf8(record.fields[0]), u"007001"_s);
        QCOMPARE(QString::fromUtf8(record.fields[1]), u"13812345678"_s);
        QCOMPARE(QString::fromUtf8(record.fields[2]), data.result->scheme.displayName(data.result->segment[0], true));
        QVERIFY(reader.next(record));
        QCOMPARE(QString::fromUtf8(record.fields[1]), u"'+86 139 0000 1111"_s);
    }

    // A failure is shown in the dialog, naming the file; the dialog stays open.
    void showsErrorsInline()
    {
        const Data data = makeData();
        QTemporaryDir dir;
        ExportDialog dialog(data.frame, data.result, { 0 }, false, u"a.csv"_s);
        dialog.show();
        const QString path = dir.filePath(u"missing-folder/a.csv"_s);
        dialog.setFilePath(path);
        dialog.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWriting(), 10000);
        QVERIFY2(dialog.errorText().contains(QDir::toNativeSeparators(path)), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(path));

        dialog.setColumns({});
        dialog.setFilePath(dir.filePath(u"b.csv"_s));
        dialog.startExport();
        QVERIFY(!dialog.isWriting());
        QCOMPARE(dialog.errorText(), u"Choose at least one column."_s);
    }

    // Cancel while writing stops the writing, leaves the old file and keeps the dialog open.
    void cancelKeepsTheOldFile()
    {
        const Data data = makeData();
        QTemporaryDir dir;
        std::vector<qint32> rows;
        for (int i = 0; i < 400000; ++i)
            rows.push_back(i % 4);
        ExportDialog dialog(data.frame, data.result, rows, false, u"big.csv"_s);
        dialog.show();
        const QString path = dir.filePath(u"big.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        dialog.setFilePath(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.startExport();
        dialog.reject(); // the Cancel button while writing
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWriting(), 10000);
        QCOMPARE(exported.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"cancelled"_s), qPrintable(dialog.errorText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
