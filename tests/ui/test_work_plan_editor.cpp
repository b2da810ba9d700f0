// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "actions/CampaignActions.h"
#include "actions/WorkPlanActions.h"
#include "campaign/CampaignTemplate.h"
#include "campaign/WorkPlanEditor.h"
#include "storage/CampaignRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace qf;

TEST_CASE("work plan editor: the window shows the template's plan and saves what is typed")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    ui::WorkPlanEditor editor(demo.db(), *campaign);
    auto *sections = editor.findChild<QListWidget *>();
    REQUIRE(sections);
    REQUIRE(sections->count() == 5);
    CHECK(sections->item(1)->text() == QStringLiteral(u"二、整治重点"));

    // The first section is the 领导小组: its first member is in the first table.
    const QList<QTableWidget *> tables = editor.findChildren<QTableWidget *>();
    REQUIRE(tables.size() == 2);
    QTableWidget *members = tables.at(0);
    CHECK(members->item(0, 1)->text() == QStringLiteral(u"徐文忠"));
    members->item(0, 1)->setText(QStringLiteral(u"李明"));
    sections->setCurrentRow(2);
    QTableWidget *items = tables.at(1);
    items->item(0, 2)->setText(QStringLiteral(u"党建办"));

    REQUIRE(editor.save().isOk());
    WorkPlan stored;
    REQUIRE(WorkPlanActions::load(demo.db(), *campaign, &stored).isOk());
    CHECK(stored.sections.at(0).members.first().name == QStringLiteral(u"李明"));
    CHECK(stored.sections.at(2).items.first().responsible == QStringLiteral(u"党建办"));
    CHECK(stored.sections.at(2).items.size() == 8);
}

TEST_CASE("work plan editor: a section's closing paragraphs show under its items and save as typed")
{
    test::TempDatabase db;
    const auto tmpl = CampaignTemplate::find(QStringLiteral("three-stage-consolidate"));
    REQUIRE(tmpl);
    CampaignParameters p;
    p.county = QStringLiteral(u"象州县");
    p.year = 2024;
    Campaign campaign;
    REQUIRE(tmpl->instantiate(p, &campaign).isOk());
    REQUIRE(CampaignActions::save(db.db(), campaign).isOk());

    ui::WorkPlanEditor editor(db.db(), campaign);
    auto *sections = editor.findChild<QListWidget *>();
    REQUIRE(sections);
    REQUIRE(sections->count() == 5);
    QPlainTextEdit *closing = nullptr;
    for (QPlainTextEdit *e : editor.findChildren<QPlainTextEdit *>())
        if (e->placeholderText().startsWith(QStringLiteral(u"事项之后")))
            closing = e;
    REQUIRE(closing);
    sections->setCurrentRow(4);
    CHECK(closing->toPlainText().startsWith(QStringLiteral(u"县市区卫生健康部门、市直及驻市医疗机构每月__日前报送专项整治工作开展情况")));
    closing->setPlainText(QStringLiteral(u"各医疗机构每月5日前报送上月工作开展情况。"));
    sections->setCurrentRow(0);
    CHECK(closing->toPlainText().isEmpty());

    REQUIRE(editor.save().isOk());
    WorkPlan stored;
    REQUIRE(WorkPlanActions::load(db.db(), campaign, &stored).isOk());
    CHECK(stored.sections.at(4).closing == QStringList{QStringLiteral(u"各医疗机构每月5日前报送上月工作开展情况。")});
    CHECK(stored.sections.at(4).items.size() == 3);
}
