// SPDX-License-Identifier: GPL-3.0-or-later
// A generated corpus of damaged files for every importer: no crash, no hang, a clear
// message naming the file, and the database exactly as it was whenever a file is refused.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

#include <xlsxwriter.h>

using namespace qf;

namespace {

// A digest of every row of the tables an import may touch.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"institution", "report", "figure"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    return hash.result();
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    switch (rng.bounded(5)) {
    case 0: // flip a few bytes
        for (int i = 0, n = 1 + rng.bounded(8); i < n && !bytes.isEmpty(); ++i)
            bytes[rng.bounded(bytes.size())] = char(rng.bounded(256));
        break;
    case 1: // truncate
        bytes.truncate(rng.bounded(qMax<qsizetype>(1, bytes.size())));
        break;
    case 2: // duplicate a slice
        if (bytes.size() > 8) {
            const int at = rng.bounded(bytes.size() - 4);
            bytes.insert(at, bytes.mid(at, 1 + rng.bounded(64)));
        }
        break;
    case 3: // delete a slice
        if (bytes.size() > 8)
            bytes.remove(rng.bounded(bytes.size() - 4), 1 + rng.bounded(32));
        break;
    default: // splice in text that importers care about
        bytes.insert(rng.bounded(bytes.size() + 1), QStringLiteral(u",-1,十,\"\n附件9,").toUtf8());
        break;
    }
    return bytes;
}

QByteArray registryWorkbook(const QString &path)
{
    lxw_workbook *wb = workbook_new(path.toUtf8().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    const char *header[] = {"名称", "所有制", "等级", "医保定点", "举报电话"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_string(ws, 1, 0, "鹿寨县新开诊所", nullptr);
    worksheet_write_string(ws, 1, 1, "民营", nullptr);
    worksheet_write_string(ws, 1, 2, "一级及以下", nullptr);
    worksheet_write_string(ws, 1, 3, "是", nullptr);
    worksheet_write_number(ws, 1, 4, 13877201999, nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("1200 damaged import files: no crash, a message naming the file, nothing half-written")
{
    test::DemoDatabase demo;
    QRandomGenerator rng(2021071);
    const QByteArray figures = QStringLiteral(u"表,单位,月份,(1),(2),(3)\n"
                                              u"附件1,鹿寨县拉沟乡卫生院,2021-11,30,20,10\n"
                                              u"附件3,鹿寨县人民医院,2021-11,100,100,9000\n").toUtf8();
    const QByteArray registry = QStringLiteral(u"名称,所有制,等级,医保定点,类别\n"
                                               u"鹿寨县新开诊所,民营,一级及以下,是,医疗机构\n").toUtf8();
    const QByteArray workbook = registryWorkbook(demo.file(QStringLiteral("seed.xlsx")));

    struct Seed { QByteArray bytes; QString suffix; QStringList command; };
    const QList<Seed> seeds{{figures, QStringLiteral(".csv"), {QStringLiteral("figures"), QStringLiteral("import")}},
                            {registry, QStringLiteral(".csv"), {QStringLiteral("institutions"), QStringLiteral("import")}},
                            {workbook, QStringLiteral(".xlsx"), {QStringLiteral("institutions"), QStringLiteral("import")}}};
    int refused = 0;
    int accepted = 0;
    QByteArray before = fingerprint(demo.db());
    for (int i = 0; i < 1200; ++i) {
        const Seed &seed = seeds.at(i % seeds.size());
        const QString name = QStringLiteral("fuzz-%1%2").arg(i).arg(seed.suffix);
        const QString path = demo.file(name);
        test::writeFile(path, mutate(seed.bytes, rng));
        QString out, err;
        QStringList args{QStringLiteral("--db"), demo.path()};
        args << seed.command << path;
        const int status = test::runCli(args, &out, &err);
        INFO("file " << name.toStdString() << " status " << status << ": " << err.toStdString());
        REQUIRE((status == 0 || status == 1));
        if (status == 1) {
            ++refused;
            CHECK(err.contains(name));
            CHECK(fingerprint(demo.db()) == before);
        } else {
            ++accepted;
            before = fingerprint(demo.db());
        }
        QFile::remove(path);
    }
    // The corpus must really exercise the refusals, and some mutations stay harmless.
    CHECK(refused > 600);
    CHECK(accepted > 0);
}
