// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace qf::ui {

class CampaignPage;
class EntryPage;
class LedgersPage;
class PrintingPage;
class RegistryPage;
class Session;
class TrackingPage;

/// The main window: a navigation pane on the left, one page at a time on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    /// Shows the page whose navigation key is given ("campaign", "registry", …).
    bool showPage(const QString &key);
    QWidget *page(const QString &key) const;
    RegistryPage *registryPage() const { return m_registry; }
    CampaignPage *campaignPage() const { return m_campaign; }
    EntryPage *entryPage() const { return m_entry; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &key, const QString &label, QWidget *page);
    /// Pages with unsaved work answer through a confirmLeave() method of their own.
    static bool pageAllowsLeaving(QWidget *page);
    void updateStatus();
    void openDatabase();
    void newDatabase();
    void backupDatabase();
    void restoreDatabase();
    void connectServer();
    void about();

    Session *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    QLabel *m_demoBadge;
    RegistryPage *m_registry;
    CampaignPage *m_campaign;
    PrintingPage *m_printing;
    TrackingPage *m_tracking;
    EntryPage *m_entry;
    LedgersPage *m_ledgers;
};

} // namespace qf::ui
