// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace qf::ui {

class CampaignPage;
class DemoRemoval;
class EntryPage;
class FormExporter;
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
    /// The page of a navigation key, built now if it was not shown before.
    QWidget *page(const QString &key);
    /// The page shown now.
    QWidget *currentPage() const;
    RegistryPage *registryPage();
    CampaignPage *campaignPage();
    EntryPage *entryPage();
    /// 文件 → 导出报表（Excel）… (tests replace its dialogs).
    FormExporter *formExporter() const { return m_formExporter; }
    /// 文件 → 删除示例数据… (tests replace its questions).
    DemoRemoval *demoRemoval() const { return m_demoRemoval; }
    /// 文件 → 新建数据库… once the file is chosen: an empty database (no demo data) created,
    /// brought to the current schema and opened in place of the current one. Refuses a file
    /// that exists; fails with no message when a page keeps its unsaved edits.
    Status createDatabase(const QString &path);
    /// Says so when another window or program has the same database open.
    void tellIfShared();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Workbooks or folders dropped on the window open the import dialog with them.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    using PageFactory = std::function<QWidget *()>;
    void addPage(const QString &key, const QString &label, QWidget *page);
    /// A page built when it is first shown: each page reads its data as it is built, and
    /// the window should be usable before the pages nobody has opened yet have read theirs.
    void addPage(const QString &key, const QString &label, PageFactory factory);
    QWidget *ensurePage(int index);
    /// Pages with unsaved work answer through a confirmLeave() method of their own.
    static bool pageAllowsLeaving(QWidget *page);
    /// Every page: before the database or its campaigns change under them.
    bool pagesAllowLeaving();
    void updateStatus();
    /// Opens where it was last closed, else at a size the screen holds whole.
    void placeOnScreen();
    void showGuide();
    void openDatabase();
    void newDatabase();
    /// Opens another file in place of the current one, as 打开数据库… and 新建数据库… do.
    Status switchDatabase(const QString &path);
    void removeDemoData();
    void backupDatabase();
    void restoreDatabase();
    /// The month and form the current page shows, else the month due now.
    void exportForms();
    void connectServer();
    void about();
    /// A step of the overview's guided start that another page does.
    void runGuidedStep(int step);

    Session *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_campaignLabel;
    QLabel *m_dbLabel;
    QLabel *m_demoBadge;
    QLabel *m_sharedBadge;
    FormExporter *m_formExporter;
    DemoRemoval *m_demoRemoval;
    QAction *m_removeDemo;
    QAction *m_exportForms;
    QAction *m_fetchMail;
    QAction *m_backup;
    QAction *m_restore;
    QHash<QWidget *, PageFactory> m_pending;   ///< placeholder in the stack → how to build its page
};

} // namespace qf::ui
