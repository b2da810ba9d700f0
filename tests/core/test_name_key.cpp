// SPDX-License-Identifier: GPL-3.0-or-later
// Names that only look like another are that other: every character that shows nothing
// (Default_Ignorable_Code_Point) and a combining mark left on a Chinese character.
#include "TestSupport.h"

#include "io/InstitutionCsvImport.h"
#include "model/Institution.h"
#include "model/NameKey.h"
#include "storage/InstitutionRepository.h"

using namespace qf;

namespace {

const QString kName = QStringLiteral(u"鹿寨县中渡镇卫生院");

QString withInside(char32_t mark)
{
    return kName.left(4) + QString::fromUcs4(&mark, 1) + kName.mid(4);
}

} // namespace

TEST_CASE("name key: every invisible character and a stray combining mark leave the key unchanged")
{
    const char32_t marks[] = {0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x180E, 0x200B, 0x2060, 0x2066, 0x3164,
                              0xFE00, 0xFE0F, 0xFEFF, 0xFFA0, 0x1D173, 0xE0001, 0xE0041, 0xE0100, 0x0301, 0x20DD};
    for (char32_t mark : marks) {
        INFO("U+" << QString::number(uint(mark), 16).toUpper().toStdString());
        CHECK(NameKey::same(withInside(mark), kName));
        CHECK(NameKey::same(kName + QString::fromUcs4(&mark, 1), kName));
    }
    // A composed accent on a Latin letter is still a letter of its own.
    CHECK_FALSE(NameKey::same(QStringLiteral(u"Clinique Rene"), QStringLiteral(u"Clinique René")));
    CHECK(NameKey::same(QStringLiteral(u"Clinique Rene\u0301"), QStringLiteral(u"Clinique René")));
}

TEST_CASE("name key: a name of invisible characters only is refused")
{
    for (const QString &name : {QStringLiteral(u"\u200B"), QStringLiteral(u"\u00AD\u3164"), QStringLiteral(u"\uFE0F \u180E")}) {
        Institution i;
        i.name = name;
        const Status s = i.validate();
        CHECK_FALSE(s);
        CHECK(s.message().contains(QStringLiteral(u"不可见")));
    }
}

TEST_CASE("name key: a registry CSV adds no look-alike of an institution and no invisible name")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    Institution existing;
    existing.name = kName;
    REQUIRE(repo.save(existing));
    const QString path = t.file(QStringLiteral("registry.csv"));
    for (char32_t mark : {char32_t(0x00AD), char32_t(0x180E), char32_t(0xFE0F), char32_t(0x3164), char32_t(0x0301)}) {
        INFO("U+" << QString::number(uint(mark), 16).toUpper().toStdString());
        test::writeFile(path, (QStringLiteral(u"名称,所有制,等级,医保定点\n%1,公立,一级及以下,是\n").arg(kName + QString::fromUcs4(&mark, 1))).toUtf8());
        QList<Institution> parsed;
        const Status s = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
        CHECK_FALSE(s);
        CHECK(s.message().contains(QStringLiteral(u"视为重名")));
    }
    test::writeFile(path, QStringLiteral(u"名称,所有制,等级,医保定点\n\u200B,公立,二级,是\n").toUtf8());
    QList<Institution> parsed;
    const Status s = InstitutionCsvImport::parseFile(path, repo.all(), &parsed);
    CHECK_FALSE(s);
    CHECK(s.message().contains(QStringLiteral(u"不可见")));
    CHECK(repo.count() == 1);
}
