// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace qf::ui {

class FormPrintPanel;
class NoticePanel;
class PosterPanel;
class Session;

/// 打印: the announcement posters for every institution, the campaign's notice and the
/// month's statistics forms.
class PrintingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrintingPage(Session *session, QWidget *parent = nullptr);
    PosterPanel *posterPanel() const { return m_posters; }
    NoticePanel *noticePanel() const { return m_notice; }
    FormPrintPanel *formPanel() const { return m_forms; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();

private:
    Session *m_session;
    QTabWidget *m_tabs;
    PosterPanel *m_posters;
    NoticePanel *m_notice;
    FormPrintPanel *m_forms;
};

} // namespace qf::ui
