// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace qf::ui {

class NoticePanel;
class PosterPanel;
class Session;

/// 打印: the announcement posters for every institution, and the campaign's notice.
class PrintingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrintingPage(Session *session, QWidget *parent = nullptr);
    PosterPanel *posterPanel() const { return m_posters; }
    NoticePanel *noticePanel() const { return m_notice; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();

private:
    Session *m_session;
    QTabWidget *m_tabs;
    PosterPanel *m_posters;
    NoticePanel *m_notice;
};

} // namespace qf::ui
