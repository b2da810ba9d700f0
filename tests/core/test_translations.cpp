// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "i18n/Language.h"
#include "model/Institution.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace qf;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsEntry> readTs(const QString &name)
{
    QFile file(QStringLiteral(QINGFENG_TEST_DATA_DIR "/../../translations/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<TsEntry> entries;
    QString context;
    TsEntry entry;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            entry = TsEntry{context, {}, {}, false};
        else if (xml.name() == QLatin1String("source"))
            entry.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.unfinished = type == QLatin1String("unfinished");
            // Obsolete entries would be dead weight; the update script drops them.
            entry.unfinished = entry.unfinished || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries << entry;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d+"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

TEST_CASE("every entry of both translation files is finished, non-empty and keeps its placeholders")
{
    for (const QString &name : {QStringLiteral("qingfeng_en.ts"), QStringLiteral("qingfeng_zh_CN.ts")}) {
        const QList<TsEntry> entries = readTs(name);
        INFO(name.toStdString());
        // The sources hold hundreds of strings; a nearly empty file means lupdate was not run.
        CHECK(entries.size() > 500);
        for (const TsEntry &e : entries) {
            INFO((e.context + QStringLiteral(": ") + e.source).toStdString());
            CHECK_FALSE(e.unfinished);
            CHECK_FALSE(e.translation.trimmed().isEmpty());
            CHECK(placeholders(e.translation) == placeholders(e.source));
        }
    }
}

TEST_CASE("the English translation file carries no Chinese except quoted form vocabulary and examples")
{
    // A translator who skipped an entry tends to leave the Chinese text in place.
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const TsEntry &e : readTs(QStringLiteral("qingfeng_en.ts"))) {
        if (!e.translation.contains(han))
            continue;
        INFO(e.translation.toStdString());
        // Chinese may stay only where the user has to type or recognise it: quoted values,
        // examples ("e.g."), column names of import files, the bilingual restart note, or a sample
        // month used to size a column (months are still written the Chinese way, 2021年10月).
        static const QRegularExpression month(QStringLiteral(u"\\d{4}年\\d{1,2}月"));
        const bool explained = e.translation.contains(QLatin1Char('"')) || e.translation.contains(QLatin1String("e.g."))
                               || e.translation.contains(QLatin1String("Header")) || e.translation.contains(QLatin1String("Qingfeng"))
                               || e.translation.contains(month);
        CHECK(explained);
    }
}

TEST_CASE("the interface language follows a saved choice, else the locale: Chinese unless another language is asked for")
{
    CHECK(language::resolve(QString(), QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("zh_CN"));
    CHECK(language::resolve(QString(), QLocale(QLocale::Chinese, QLocale::Taiwan)) == QStringLiteral("zh_CN"));
    CHECK(language::resolve(QString(), QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("en"));
    CHECK(language::resolve(QString(), QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
    CHECK(language::resolve(QString(), QLocale::c()) == QStringLiteral("zh_CN"));
    CHECK(language::resolve(QStringLiteral("en"), QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("en"));
    CHECK(language::resolve(QStringLiteral("zh_CN"), QLocale(QLocale::English)) == QStringLiteral("zh_CN"));
    // An unknown saved value (an older or hand-edited setting) falls back to the locale.
    CHECK(language::resolve(QStringLiteral("fr"), QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("zh_CN"));
}

TEST_CASE("the compiled English translation is built in and translates core messages")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/qingfeng/i18n/qingfeng_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const Status english = Institution().validate();
    const QString month = YearMonth(2021, 7).label();
    QCoreApplication::removeTranslator(&translator);
    CHECK(month == QStringLiteral("Jul 2021"));
    CHECK(english.message().contains(QStringLiteral("The name must not be empty.")));
    // Without the translator the source text comes back.
    CHECK(Institution().validate().message().contains(QStringLiteral(u"名称不能为空。")));

    QTranslator chinese;
    CHECK(chinese.load(QStringLiteral(":/qingfeng/i18n/qingfeng_zh_CN.qm")));
}

TEST_CASE("the language choice is saved in the settings and cleared by following the system")
{
    // The test main puts QStandardPaths (and with it QSettings) in test mode: no user settings are touched.
    const QString before = language::savedChoice();
    language::saveChoice(QStringLiteral("en"));
    CHECK(language::savedChoice() == QStringLiteral("en"));
    CHECK(language::resolve(language::savedChoice(), QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("en"));
    language::saveChoice(QString());
    CHECK(language::savedChoice().isEmpty());
    language::saveChoice(before);
}

TEST_CASE("the command line speaks English when asked, in every file of commands (each looks up the context lupdate records)")
{
    test::TempDatabase t;
    const QString db = t.path();
    t.db().close();
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/qingfeng/i18n/qingfeng_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    struct Call
    {
        QStringList args;
        QString chinese;
    };
    // Usage errors raised before any work, one from each file whose messages go through its own tr().
    const QList<Call> calls = {
        {{QStringLiteral("templates")}, QStringLiteral(u"请用 --month YYYY-MM 指定月份")},  // WorkbookCommands
        {{QStringLiteral("posters")}, QStringLiteral(u"请用 --out 指定输出的 PDF 文件")},     // PrintCommands
        {{QStringLiteral("summary")}, QStringLiteral(u"请用 --out 指定输出的 .docx 或 .pdf 文件")}, // SummaryCommands
        {{QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("remove")}, QStringLiteral(u"请给出要删除的邮箱名称")}, // MailCommands
    };
    QStringList untranslated;
    for (const Call &c : calls) {
        QString err;
        test::runCli(QStringList{QStringLiteral("--db"), db} + c.args, nullptr, &err);
        if (err.isEmpty() || err.contains(c.chinese) || err.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))))
            untranslated << c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + err.trimmed();
    }
    QCoreApplication::removeTranslator(&translator);
    INFO(untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(untranslated.isEmpty());
}
