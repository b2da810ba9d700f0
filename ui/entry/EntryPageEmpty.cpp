// SPDX-License-Identifier: GPL-3.0-or-later
// The page with nothing to fill in — no campaign yet, or a campaign without a unit that
// reports — says so and leads to the overview's guided start, instead of offering blank
// workbooks for nobody and a 合计 row of zeros.
#include "EntryPage.h"

#include "EntryModel.h"
#include "MonthLockBar.h"
#include "shell/Session.h"
#include "widgets/DisabledReason.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

void EntryPage::buildEmptyNote()
{
    m_emptyNote = new QWidget;
    m_emptyNote->setObjectName(QStringLiteral("entryEmptyNote"));
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("entryEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    auto *toGuide = new QPushButton(tr("前往“开始使用”"));
    toGuide->setObjectName(QStringLiteral("toGuidedStartButton"));
    toGuide->setToolTip(tr("在“专项整治概览”中按三步开始：导入机构名册、新建专项整治、生成空白报表"));
    connect(toGuide, &QPushButton::clicked, this, &EntryPage::guidedStartRequested);
    auto *noteLayout = new QVBoxLayout(m_emptyNote);
    noteLayout->setContentsMargins(24, 24, 24, 24);
    noteLayout->addWidget(m_emptyText);
    noteLayout->addSpacing(8);
    noteLayout->addWidget(toGuide, 0, Qt::AlignLeft);
    noteLayout->addStretch();
    m_emptyNote->hide();
    layout()->addWidget(m_emptyNote);
}

bool EntryPage::isEmptyNoteShown() const
{
    return m_emptyNote && !m_emptyNote->isHidden();
}

void EntryPage::showEmptyState()
{
    if (!m_emptyNote)
        return;
    const bool noCampaign = m_campaign.id == 0;
    const bool noUnits = m_model->table().units.isEmpty();
    const bool empty = noCampaign || noUnits;
    if (noCampaign)
        m_emptyText->setText(tr("<p><b>还没有专项整治，暂时没有报表可填。</b></p>"
                                "<p>报表填报按专项整治的报送截止事项逐月进行。请先在“专项整治概览”中导入机构名册、"
                                "按模板新建专项整治，然后在这里生成空白报表发给各机构、导入收回的报表或直接录入。</p>"));
    else if (m_session->institutionCount() == 0)
        m_emptyText->setText(tr("<p><b>名册中还没有机构，本月没有单位要报。</b></p>"
                                "<p>请先在“机构名册”中导入或添加医疗机构；有了机构，这里就列出每个单位的报表，"
                                "也可以为它们生成空白报表。</p>"));
    else
        m_emptyText->setText(tr("<p><b>%1没有单位要报这张表。</b></p>"
                                "<p>在名册中核对机构的类别和开业日期，或选择另一张表、另一个月份。</p>")
                                 .arg(m_period.isValid() ? m_period.label() : QString()));
    m_emptyNote->setVisible(empty);
    m_body->setVisible(!empty);
    // Nothing to hand out or to take back in, and no 已报 0 / 应报 0 to count.
    m_templates->setVisible(!empty);
    m_importReports->setVisible(!empty);
    m_counter->setVisible(!empty);
    m_lockBar->setVisible(!empty);
    const QString why = noCampaign ? tr("还没有专项整治：先在“专项整治概览”中新建") : tr("本月没有单位要报");
    enableOrExplain(m_formBox, !noCampaign, why);
    for (QAbstractButton *b : m_viewGroup->buttons())
        enableOrExplain(b, !empty, why);
    enableOrExplain(m_showIncrease, !empty && !isSummaryShown(),
                    empty ? why : tr("汇总表按正式表式只显示累计数；在“逐单位填报”中可显示本月增量"));
}

} // namespace qf::ui
