// SPDX-License-Identifier: GPL-3.0-or-later
// The bureau's own wording (WordingFiles): a file in the wording folder changes what the
// 工作总结 and the 催报 e-mails say; a file with a mistake is refused, naming file and key.
#include "TestSupport.h"

#include "actions/ExportWording.h"
#include "actions/MailAccountActions.h"
#include "actions/MailWording.h"
#include "actions/SendReminders.h"
#include "storage/CampaignRepository.h"
#include "summary/SummaryExport.h"
#include "summary/WordingFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace qf;

namespace {

const YearMonth kMonth(2021, 11);
const QDate kAsOf(2021, 12, 20);

// The wording folder of this test alone: the variable is the process's own, so tests run
// side by side never see each other's files.
struct WordingFolder
{
    QTemporaryDir dir;
    WordingFolder() { qputenv("QINGFENG_WORDING_DIR", dir.path().toUtf8()); }
    ~WordingFolder() { qunsetenv("QINGFENG_WORDING_DIR"); }
    QString file(WordingFiles::Kind kind) const { return dir.filePath(WordingFiles::fileName(kind)); }
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &json)
{
    test::writeFile(path, QJsonDocument(json).toJson());
}

Status draft(test::DemoDatabase &demo, SummaryDocument *out)
{
    return SummaryExport::draft(demo.db(), {demo.campaign(), kMonth, QString(), kAsOf, QString()}, out);
}

// The summary's first body sentence set: sections[0].paragraphs[0].
QJsonObject withFirstSentence(QJsonObject json, int index, const QString &text)
{
    QJsonArray sections = json.value(QLatin1String("sections")).toArray();
    QJsonObject section = sections.at(0).toObject();
    QJsonArray paragraphs = section.value(QLatin1String("paragraphs")).toArray();
    QJsonArray sentences = paragraphs.at(0).toArray();
    QJsonObject sentence = sentences.at(index).toObject();
    sentence.insert(QStringLiteral("text"), text);
    sentences.replace(index, sentence);
    paragraphs.replace(0, sentences);
    section.insert(QStringLiteral("paragraphs"), paragraphs);
    sections.replace(0, section);
    json.insert(QStringLiteral("sections"), sections);
    return json;
}

} // namespace

TEST_CASE("wording: the built-in files written out are the starting point, and never written over a bureau's own", "[wording]")
{
    WordingFolder folder;
    QStringList written;
    REQUIRE(ExportWording::write(folder.dir.path(), &written).isOk());
    CHECK(written.size() == 2);
    for (WordingFiles::Kind kind : {WordingFiles::Kind::Summary, WordingFiles::Kind::Mail}) {
        QFile f(folder.file(kind));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == WordingFiles::builtIn(kind));
        // The built-in words pass their own check.
        QJsonObject json;
        CHECK(WordingFiles::read(kind, folder.file(kind), &json).isOk());
    }
    // An unchanged copy says what the built-in says.
    test::DemoDatabase demo;
    SummaryDocument copied;
    REQUIRE(draft(demo, &copied).isOk());
    qunsetenv("QINGFENG_WORDING_DIR");
    SummaryDocument builtIn;
    REQUIRE(draft(demo, &builtIn).isOk());
    qputenv("QINGFENG_WORDING_DIR", folder.dir.path().toUtf8());
    CHECK(copied.text() == builtIn.text());

    test::writeFile(folder.file(WordingFiles::Kind::Mail), QByteArrayLiteral("{}"));
    const Status again = ExportWording::write(folder.dir.path(), &written);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.message().contains(QDir::toNativeSeparators(folder.file(WordingFiles::Kind::Summary))));
    CHECK(written.isEmpty());
    QFile mail(folder.file(WordingFiles::Kind::Mail));
    REQUIRE(mail.open(QIODevice::ReadOnly));
    CHECK(mail.readAll() == QByteArrayLiteral("{}"));
}

TEST_CASE("wording: a bureau's summary sentences change the 工作总结, and without the file the built-in ones are back", "[wording][summary]")
{
    WordingFolder folder;
    test::DemoDatabase demo;
    SummaryDocument before;
    REQUIRE(draft(demo, &before).isOk());
    REQUIRE(before.title.startsWith(QStringLiteral(u"鹿寨县医疗领域")));

    QJsonObject own = WordingFiles::builtInJson(WordingFiles::Kind::Summary);
    own.insert(QStringLiteral("title"), QStringLiteral(u"{scope}专项整治工作情况报告（截至{month}）"));
    own = withFirstSentence(own, 2, QStringLiteral(u"全县共有{institutions}家医疗机构参加本次专项整治。"));
    writeJson(folder.file(WordingFiles::Kind::Summary), own);
    SummaryDocument after;
    REQUIRE(draft(demo, &after).isOk());
    CHECK(after.title == QStringLiteral(u"鹿寨县专项整治工作情况报告（截至2021年11月）"));
    CHECK(after.text().contains(QStringLiteral(u"全县共有37家医疗机构参加本次专项整治。")));
    CHECK_FALSE(after.text().contains(QStringLiteral(u"全县纳入专项整治统计的医疗机构")));
    CHECK(before.text().contains(QStringLiteral(u"全县纳入专项整治统计的医疗机构37家")));

    QFile::remove(folder.file(WordingFiles::Kind::Summary));
    SummaryDocument back;
    REQUIRE(draft(demo, &back).isOk());
    CHECK(back.title == before.title);
    CHECK(back.text() == before.text());
}

TEST_CASE("wording: a summary file with a mistake is refused, naming the file and the key", "[wording][summary]")
{
    WordingFolder folder;
    test::DemoDatabase demo;
    const QString file = folder.file(WordingFiles::Kind::Summary);
    const QString shown = QDir::toNativeSeparators(file);
    const QJsonObject builtIn = WordingFiles::builtInJson(WordingFiles::Kind::Summary);
    SummaryDocument d;

    writeJson(file, withFirstSentence(builtIn, 1, QStringLiteral(u"全县共有{instituions}家医疗机构。")));
    Status s = draft(demo, &d);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(shown));
    CHECK(s.message().contains(QStringLiteral("sections[0].paragraphs[0][1].text")));
    CHECK(s.message().contains(QStringLiteral("{instituions}")));
    CHECK(s.message().contains(QStringLiteral("institutions")));   // says what it could be

    QJsonObject badWhen = builtIn;
    {
        QJsonArray sections = badWhen.value(QLatin1String("sections")).toArray();
        QJsonObject section = sections.at(1).toObject();
        QJsonArray charts{QJsonObject{{QStringLiteral("chart"), QStringLiteral("pie")}, {QStringLiteral("caption"), QStringLiteral("x")}}};
        section.insert(QStringLiteral("charts"), charts);
        sections.replace(1, section);
        badWhen.insert(QStringLiteral("sections"), sections);
    }
    writeJson(file, badWhen);
    s = draft(demo, &d);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(shown));
    CHECK(s.message().contains(QStringLiteral("sections[1].charts[0].chart")));
    CHECK(s.message().contains(QStringLiteral("pie")));

    test::writeFile(file, QByteArrayLiteral("{\n  \"title\": \"x\",\n  \"sections\": [,]\n}\n"));
    s = draft(demo, &d);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(shown));
    CHECK(s.message().contains(QStringLiteral(u"第3行")));

    // The window's and the command line's save refuse the same way, and write nothing.
    const QString out = demo.file(QStringLiteral(u"总结.docx"));
    s = SummaryExport::run(demo.db(), {demo.campaign(), kMonth, QString(), kAsOf, out});
    CHECK_FALSE(s.isOk());
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("wording: a bureau's mail words change the 催报 it plans, a wrong name in them is refused, naming file and key", "[wording][mail]")
{
    WordingFolder folder;
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    MailAccount a;
    a.name = QStringLiteral(u"医政股邮箱");
    a.address = QStringLiteral("yz@example.cn");
    a.imapHost = QStringLiteral("imap.example.cn");
    a.smtpHost = QStringLiteral("smtp.example.cn");
    a.userName = a.address;
    REQUIRE(MailAccountActions::save(demo.db(), &campaign, a).isOk());

    const auto subjects = [&](Status *status) {
        QList<PlannedMail> plan;
        *status = SendReminders::preview(demo.db(), campaign, kMonth, kAsOf, QString(), &plan);
        QStringList list;
        for (const PlannedMail &p : plan)
            list << p.mail.subject;
        return list;
    };
    Status s;
    const QStringList before = subjects(&s);
    REQUIRE(s.isOk());
    REQUIRE_FALSE(before.isEmpty());
    CHECK(before.first().startsWith(QStringLiteral(u"【催报】")));

    // Only the key it names changes; the rest stay built-in.
    writeJson(folder.file(WordingFiles::Kind::Mail),
              QJsonObject{{QStringLiteral("reminder"), QJsonObject{{QStringLiteral("subject"), QStringLiteral(u"【提醒】{unit}：{month}{forms}尚未报送")}}}});
    const QStringList after = subjects(&s);
    REQUIRE(s.isOk());
    REQUIRE(after.size() == before.size());
    for (const QString &subject : after)
        CHECK(subject.startsWith(QStringLiteral(u"【提醒】")));
    CHECK(after.first().contains(QStringLiteral(u"2021年11月")));
    QJsonObject words;
    REQUIRE(MailWording::sentences(campaign, QStringLiteral("reminder"), &words).isOk());
    CHECK(words.value(QLatin1String("body")) == WordingFiles::builtInJson(WordingFiles::Kind::Mail)
                                                    .value(QLatin1String("reminder")).toObject().value(QLatin1String("body")));

    // {days} belongs to an item of the list, not to the subject: refused, never sent half filled.
    writeJson(folder.file(WordingFiles::Kind::Mail),
              QJsonObject{{QStringLiteral("reminder"), QJsonObject{{QStringLiteral("subject"), QStringLiteral(u"【催报】已逾期{days}天")}}}});
    subjects(&s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QDir::toNativeSeparators(folder.file(WordingFiles::Kind::Mail))));
    CHECK(s.message().contains(QStringLiteral("reminder.subject")));
    CHECK(s.message().contains(QStringLiteral("{days}")));

    writeJson(folder.file(WordingFiles::Kind::Mail),
              QJsonObject{{QStringLiteral("receipt"), QJsonObject{{QStringLiteral("subjekt"), QStringLiteral(u"回执")}}}});
    REQUIRE_FALSE(MailWording::sentences(campaign, QStringLiteral("receipt"), &words).isOk());
    const Status typo = MailWording::sentences(campaign, QStringLiteral("receipt"), &words);
    CHECK(typo.message().contains(QStringLiteral("receipt.subjekt")));
}

TEST_CASE("wording: every figure a summary can state is a name its sentences may use", "[wording][summary]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const QStringList names = SummaryFigures::names();
    for (const QString &unit : {QString(), QStringLiteral(u"鹿寨县人民医院")}) {
        SummaryFigures f;
        REQUIRE(SummaryFigures::build(demo.db(), campaign, kMonth, unit, 0, kAsOf, &f).isOk());
        REQUIRE(f.figures.size() > 10);
        for (auto it = f.figures.cbegin(); it != f.figures.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(names.contains(it.key()));
        }
    }
}

TEST_CASE("cli: wording init writes the built-in files to start from, wording check names a mistake", "[wording]")
{
    WordingFolder folder;
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("wording"), QStringLiteral("init")}, &out, &err) == 0);
    CHECK(QFile::exists(folder.file(WordingFiles::Kind::Summary)));
    CHECK(QFile::exists(folder.file(WordingFiles::Kind::Mail)));
    CHECK(test::runCli({QStringLiteral("wording"), QStringLiteral("check")}, &out, &err) == 0);
    CHECK(out.contains(QDir::toNativeSeparators(folder.file(WordingFiles::Kind::Summary))));

    QJsonObject mail = readJson(folder.file(WordingFiles::Kind::Mail));
    QJsonObject receipt = mail.value(QLatin1String("receipt")).toObject();
    receipt.insert(QStringLiteral("clean"), QStringLiteral(u"已收到{month}{form}"));
    mail.insert(QStringLiteral("receipt"), receipt);
    writeJson(folder.file(WordingFiles::Kind::Mail), mail);
    CHECK(test::runCli({QStringLiteral("wording"), QStringLiteral("check")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("receipt.clean")));
    CHECK(err.contains(QStringLiteral("{form}")));
    CHECK(test::runCli({QStringLiteral("wording"), QStringLiteral("init")}, &out, &err) == 1);
}

TEST_CASE("wording: a special file, a huge file or a dangling link at a wording file's place is refused at once, naming it", "[wording]")
{
    WordingFolder folder;
    for (const WordingFiles::Kind kind : {WordingFiles::Kind::Summary, WordingFiles::Kind::Mail}) {
        const QString file = folder.file(kind);
        const auto refused = [&](const char *what) {
            INFO(what);
            QJsonObject json;
            bool found = true;
            const Status s = WordingFiles::loadOverride(kind, &json, &found);
            CHECK_FALSE(s.isOk());
            CHECK_FALSE(found);
            CHECK(s.message().contains(QDir::toNativeSeparators(file)));
        };
        // A FIFO nobody writes to: reading it would block the drafting for ever.
        REQUIRE(mkfifo(QFile::encodeName(file).constData(), 0600) == 0);
        refused("fifo");
        REQUIRE(QFile::remove(file));
        // A device that never ends.
        REQUIRE(QFile::link(QStringLiteral("/dev/zero"), file));
        refused("/dev/zero");
        REQUIRE(QFile::remove(file));
        // Far larger than any wording.
        test::writeFile(file, QByteArray(2 << 20, ' ') + "{}");
        refused("2 MB");
        REQUIRE(QFile::remove(file));
        // A link to a file that is gone: the bureau meant its own words; never the built-in silently.
        REQUIRE(QFile::link(folder.dir.filePath(QStringLiteral("gone.json")), file));
        refused("dangling link");
        REQUIRE(QFile::remove(file));
    }
}

TEST_CASE("wording: a text that would not print as written (a direction override, a control character) is refused, naming the key", "[wording]")
{
    WordingFolder folder;
    const QString file = folder.file(WordingFiles::Kind::Mail);
    const QJsonObject builtIn = WordingFiles::builtInJson(WordingFiles::Kind::Mail);
    REQUIRE(WordingFiles::check(WordingFiles::Kind::Mail, builtIn, file).isOk());
    REQUIRE(builtIn.value(QStringLiteral("reminder")).isObject());
    const QJsonObject reminder = builtIn.value(QStringLiteral("reminder")).toObject();
    REQUIRE(reminder.value(QStringLiteral("subject")).isString());
    for (const QString &bad : {QStringLiteral(u"\u202E催报"), QStringLiteral("a\r\nBcc: x@example.cn"), QStringLiteral(u"催\u0007报")}) {
        QJsonObject r = reminder;
        r.insert(QStringLiteral("subject"), reminder.value(QStringLiteral("subject")).toString() + bad);
        QJsonObject changed = builtIn;
        changed.insert(QStringLiteral("reminder"), r);
        const Status s = WordingFiles::check(WordingFiles::Kind::Mail, changed, file);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("reminder.subject")));
    }
    // A newline between a body's lines is what a text of several lines needs.
    QJsonObject r = reminder;
    if (reminder.value(QStringLiteral("body")).isString()) {
        r.insert(QStringLiteral("body"), reminder.value(QStringLiteral("body")).toString() + QStringLiteral("\n此致"));
        QJsonObject changed = builtIn;
        changed.insert(QStringLiteral("reminder"), r);
        CHECK(WordingFiles::check(WordingFiles::Kind::Mail, changed, file).isOk());
    }
}
