// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedStart.h"

#include "widgets/DisabledReason.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace qf::ui {

GuidedStart::GuidedStart(QWidget *parent) : QGroupBox(tr("开始使用：三步开展专项整治"), parent)
{
    setObjectName(QStringLiteral("guidedStart"));
    const QString texts[3] = {
        tr("导入本县的医疗机构名册（Excel 或 CSV），报表、跟踪和海报都从名册来。"),
        tr("按模板新建专项整治：选择模板，填写本县名称和年度，核对工作阶段和报送截止事项。"),
        tr("为每个报送机构生成本月的空白报表，发给各机构填写；收到第一份报表后此步完成。"),
    };
    const QString labels[3] = {tr("导入机构名册…"), tr("新建专项整治…"), tr("生成空白报表…")};
    const char *names[3] = {"guidedRegistryButton", "guidedCampaignButton", "guidedTemplatesButton"};
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < 3; ++i) {
        m_marks[i] = new QLabel;
        m_marks[i]->setObjectName(QStringLiteral("guidedMark"));
        m_marks[i]->setAlignment(Qt::AlignCenter);
        m_marks[i]->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("00")) + 12);
        m_texts[i] = new QLabel(texts[i]);
        m_texts[i]->setWordWrap(true);
        m_buttons[i] = new QPushButton(labels[i]);
        m_buttons[i]->setObjectName(QLatin1String(names[i]));
        grid->addWidget(m_marks[i], i, 0);
        grid->addWidget(m_texts[i], i, 1);
        grid->addWidget(m_buttons[i], i, 2);
        connect(m_buttons[i], &QPushButton::clicked, this, [this, i] { emit stepRequested(Step(i)); });
    }
    // The next step stands out; the ones done are quiet.
    setStyleSheet(QStringLiteral("QPushButton[nextStep=\"true\"] { font-weight: bold; color: white; background: #1f5fbf;"
                                 " border: 1px solid #174a94; border-radius: 3px; padding: 4px 12px; }"
                                 "QLabel#guidedMark { font-weight: bold; border-radius: 3px; }"
                                 "QLabel#guidedMark[done=\"true\"] { color: white; background: #2e7d32; }"
                                 "QLabel#guidedMark[done=\"false\"] { color: #1f5fbf; border: 1px solid #9fb3cc; }"));
    setDone(false, false, false);
}

void GuidedStart::setDone(bool registry, bool campaign, bool filed)
{
    m_done[Registry] = registry;
    m_done[Campaign] = campaign;
    m_done[Templates] = filed;
    const int next = nextStep();
    for (int i = 0; i < 3; ++i) {
        m_marks[i]->setText(m_done[i] ? QStringLiteral(u"✓") : QString::number(i + 1));
        m_marks[i]->setToolTip(m_done[i] ? tr("已完成") : tr("尚未完成"));
        m_marks[i]->setProperty("done", m_done[i]);
        QFont font = m_texts[i]->font();
        font.setBold(i == next);
        m_texts[i]->setFont(font);
        m_buttons[i]->setProperty("nextStep", i == next);
        for (QWidget *w : {static_cast<QWidget *>(m_marks[i]), static_cast<QWidget *>(m_buttons[i])}) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    // Templates are made for the campaign's institutions: both must be there first.
    enableOrExplain(m_buttons[Templates], registry && campaign,
                    !campaign ? tr("先新建专项整治（第 2 步），才能生成它的空白报表")
                              : tr("名册中还没有机构：先导入机构名册（第 1 步）"));
}

int GuidedStart::nextStep() const
{
    for (int i = 0; i < 3; ++i)
        if (!m_done[i])
            return i;
    return -1;
}

} // namespace qf::ui
