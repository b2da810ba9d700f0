// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace qf::ui {

class FormPrintPanel;
class NoticePanel;
class PosterPanel;
class Session;
class SummaryPanel;

/// 打印: the announcement posters for every institution, the campaign's notice and the
/// month's statistics forms, and the 工作总结 drafted from the data.
class PrintingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrintingPage(Session *session, QWidget *parent = nullptr);
    PosterPanel *posterPanel() const { return m_posters; }
    NoticePanel *noticePanel() const { return m_notice; }
    FormPrintPanel *formPanel() const { return m_forms; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();

private:
    Session *m_session;
    QTabWidget *m_tabs;
    PosterPanel *m_posters;
    NoticePanel *m_notice;
    FormPrintPanel *m_forms;
    SummaryPanel *m_summary;
};

} // namespace qf::ui
