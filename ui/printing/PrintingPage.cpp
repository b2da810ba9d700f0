// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintingPage.h"

#include "FormPrintPanel.h"
#include "NoticePanel.h"
#include "PosterPanel.h"
#include "SummaryPanel.h"
#include "shell/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

PrintingPage::PrintingPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *title = new QLabel(tr("打印"));
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *hint = new QLabel(tr("公告（附件4）每家机构一页，张贴在醒目位置；通知按公文格式排版；统计表（附件1—3）与导出的 Excel 版式相同。均可预览、打印或保存为 PDF；通知连同工作方案也可保存为 Word；工作总结根据数据起草，可保存为 Word 或 PDF。"));
    hint->setWordWrap(true);

    m_posters = new PosterPanel(session);
    m_notice = new NoticePanel(session);
    m_forms = new FormPrintPanel(session);
    m_summary = new SummaryPanel(session);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_posters, tr("张贴公告（附件4）"));
    m_tabs->addTab(m_notice, tr("通知文件"));
    m_tabs->addTab(m_forms, tr("统计表"));
    m_tabs->addTab(m_summary, tr("工作总结"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);

    connect(session, &Session::databaseOpened, this, &PrintingPage::reload);
    connect(session, &Session::campaignChanged, this, &PrintingPage::reload);
    connect(session, &Session::dataChanged, this, [this](Session::Change what) {
        if (what == Session::Change::Institutions)
            m_posters->reload();
        else if (what == Session::Change::Figures) {
            m_forms->reload();
            m_summary->reload();
        }
        else if (what == Session::Change::Campaigns)
            reload();
    });
    reload();
}

void PrintingPage::reload()
{
    m_posters->reload();
    m_notice->reload();
    m_forms->reload();
    m_summary->reload();
}

} // namespace qf::ui
