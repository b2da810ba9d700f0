// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's writes as core actions: the page and the command line store the same way.
#include "TestSupport.h"

#include "actions/RegistryActions.h"
#include "storage/InstitutionRepository.h"

using namespace qf;

TEST_CASE("importing the registry stores every row or none, and counts what it added and updated", "[engines]")
{
    test::TempDatabase t;
    const QString csv = t.file(QStringLiteral("r.csv"));
    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n甲医院,公立,二级,是\n乙医院,公立,二级,maybe\n").toUtf8());
    RegistryImport result;
    const Status bad = RegistryActions::importFile(t.db(), csv, &result);
    CHECK_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral(u"第3行第4列")));
    CHECK(InstitutionRepository(t.db()).count() == 0);
    CHECK(result.institutions.isEmpty());

    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n甲医院,公立,二级,是\n").toUtf8());
    REQUIRE(RegistryActions::importFile(t.db(), csv, &result).isOk());
    CHECK(result.added == 1);
    CHECK(result.updated == 0);
    test::writeFile(csv, QStringLiteral(u"名称,所有制,等级,医保定点\n甲医院,公立,三级,是\n乙医院,民营,一级及以下,否\n").toUtf8());
    REQUIRE(RegistryActions::importFile(t.db(), csv, &result).isOk());
    CHECK(result.added == 1);
    CHECK(result.updated == 1);
    REQUIRE(result.institutions.size() == 2);
    const auto first = RegistryActions::find(t.db(), result.institutions.first().id);
    REQUIRE(first);
    CHECK(first->level == Level::Tertiary);
}

TEST_CASE("adding, editing and closing an institution go through the registry's rules and its history", "[engines]")
{
    test::TempDatabase t;
    Institution i;
    i.name = QStringLiteral(u"鹿寨仁爱医院");
    REQUIRE(RegistryActions::save(t.db(), i).isOk());
    REQUIRE(i.id != 0);
    Institution lookAlike;
    lookAlike.name = QStringLiteral(u"鹿寨仁爱医院 ");
    CHECK_FALSE(RegistryActions::save(t.db(), lookAlike).isOk());
    CHECK(InstitutionRepository(t.db()).count() == 1);

    REQUIRE(RegistryActions::setActive(t.db(), i.id, false, QDate(2021, 9, 30)).isOk());
    const auto closed = RegistryActions::find(t.db(), i.id);
    REQUIRE(closed);
    CHECK_FALSE(closed->active);
    CHECK(closed->activeUntil == QDate(2021, 9, 30));
    CHECK_FALSE(RegistryActions::setActive(t.db(), 999999, true).isOk());
    CHECK(RegistryActions::history(t.db(), i.id).size() == 2);
}
