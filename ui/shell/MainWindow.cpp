// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackgroundJob.h"
#include "DemoRemoval.h"
#include "Session.h"
#include "ServerDialog.h"
#include "HelpDialog.h"
#include "ScreenFit.h"
#include "SettingsMenu.h"
#include "SignalEvidenceOpener.h"
#include "campaign/CampaignPage.h"
#include "campaign/GuidedStart.h"
#include "entry/EntryPage.h"
#include "export/FormExporter.h"
#include "analysis/AnalysisPage.h"
#include "analysis/SignalsPanel.h"
#include "ledgers/LedgersPage.h"
#include "mail/MailAccountsDialog.h"
#include "mail/MailFetchDialog.h"
#include "printing/FormPrintPanel.h"
#include "printing/PrintingPage.h"
#include "registry/RegistryPage.h"
#include "tracking/TrackingPage.h"
#include "widgets/DisabledReason.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace qf::ui {

MainWindow::MainWindow(Session *session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("清风 · 专项整治工作台"));
    setAcceptDrops(true);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(168);
    m_stack = new QStackedWidget;

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("campaign"), tr("专项整治概览"), [this, session] {
        auto *overview = new CampaignPage(session);
        connect(overview, &CampaignPage::guidedStepRequested, this, [this](GuidedStart::Step step) { runGuidedStep(step); });
        return overview;
    });
    addPage(QStringLiteral("entry"), tr("报表填报"), [this, session] {
        auto *entry = new EntryPage(session);
        connect(entry, &EntryPage::guidedStartRequested, this, [this] { showPage(QStringLiteral("campaign")); });
        return entry;
    });
    addPage(QStringLiteral("registry"), tr("机构名册"), [session] { return new RegistryPage(session); });
    addPage(QStringLiteral("tracking"), tr("报送跟踪"), [session] { return new TrackingPage(session); });
    addPage(QStringLiteral("printing"), tr("打印"), [session] { return new PrintingPage(session); });
    addPage(QStringLiteral("ledgers"), tr("台账"), [session] { return new LedgersPage(session); });
    addPage(QStringLiteral("analysis"), tr("分析"), [this, session] {
        auto *analysis = new AnalysisPage(*session);
        connect(analysis->signalsPanel(), &SignalsPanel::drillDown, this,
                [this](const SignalFinding &finding) { SignalEvidenceOpener::open(*this, finding); });
        return analysis;
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_stack->currentIndex() && !pageAllowsLeaving(m_stack->currentWidget())) {
            const QSignalBlocker blocker(m_nav);
            m_nav->setCurrentRow(m_stack->currentIndex());
            return;
        }
        ensurePage(row);
        m_stack->setCurrentIndex(row);
    });
    m_nav->setCurrentRow(0);

    auto *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("打开数据库…"), this, &MainWindow::openDatabase);
    file->addAction(tr("新建数据库…"), this, &MainWindow::newDatabase);
    file->addSeparator();
    m_formExporter = new FormExporter(session, this);
    m_exportForms = file->addAction(tr("导出报表（Excel）…"), this, &MainWindow::exportForms);
    m_exportForms->setObjectName(QStringLiteral("exportFormsAction"));
    m_exportForms->setStatusTip(tr("按官方格式把某月的统计表（附件1—3）导出为 Excel 工作簿"));
    m_fetchMail = file->addAction(tr("收取报表（邮箱）…"), this, [this, session] {
        if (!pageAllowsLeaving(m_stack->currentWidget()))
            return;
        MailFetchDialog dialog(session, this);
        dialog.exec();
    });
    m_fetchMail->setObjectName(QStringLiteral("fetchMailAction"));
    m_fetchMail->setStatusTip(tr("从股室邮箱收取机构发来的报表，按邮件到达的时间记为收到日期"));
    file->addSeparator();
    m_backup = file->addAction(tr("备份数据库…"), this, &MainWindow::backupDatabase);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setStatusTip(tr("把当前数据库完整复制一份，可在使用中进行"));
    m_restore = file->addAction(tr("从备份恢复…"), this, &MainWindow::restoreDatabase);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("用以前的备份替换当前数据库（当前数据库先另存一份）"));
    file->addSeparator();
    m_demoRemoval = new DemoRemoval(session, this);
    m_removeDemo = file->addAction(tr("删除示例数据…"), this, &MainWindow::removeDemoData);
    m_removeDemo->setObjectName(QStringLiteral("removeDemoAction"));
    m_removeDemo->setStatusTip(tr("删除鹿寨县示例机构和示例活动，您自己录入的数据原样保留"));
    file->addSeparator();
    file->addAction(tr("退出"), QKeySequence::Quit, this, &QWidget::close);
    // A greyed entry tells why when pointed at, as the buttons on the pages do.
    file->setToolTipsVisible(true);
    auto *settingsMenu = new SettingsMenu(this);
    connect(settingsMenu, &SettingsMenu::serverConnectionRequested, this, &MainWindow::connectServer);
    connect(settingsMenu, &SettingsMenu::mailAccountsRequested, this, [this, session] {
        MailAccountsDialog dialog(session, this);
        dialog.exec();
    });
    menuBar()->addMenu(settingsMenu);
    auto *help = menuBar()->addMenu(tr("帮助(&H)"));
    QAction *guide = help->addAction(tr("使用说明"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("helpGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("关于清风"), this, &MainWindow::about);

    m_dbLabel = new QLabel;
    m_demoBadge = new QLabel(tr("示例数据"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setToolTip(tr("当前数据库含有鹿寨县示例数据，仅供熟悉软件使用。"));
    // The campaign in use, named whatever page is shown.
    m_campaignLabel = new QLabel;
    m_campaignLabel->setObjectName(QStringLiteral("campaignLabel"));
    statusBar()->addWidget(m_campaignLabel);
    statusBar()->addWidget(m_dbLabel, 1);
    m_sharedBadge = new QLabel(tr("多处打开"));
    m_sharedBadge->setObjectName(QStringLiteral("sharedBadge"));
    statusBar()->addPermanentWidget(m_sharedBadge);
    statusBar()->addPermanentWidget(m_demoBadge);
    connect(session, &Session::databaseOpened, this, &MainWindow::updateStatus);
    connect(session, &Session::dataChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::campaignChanged, this, &MainWindow::updateStatus);
    updateStatus();

    placeOnScreen();
}

void MainWindow::placeOnScreen()
{
    const QScreen *onScreen = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = onScreen ? onScreen->availableGeometry() : QRect(0, 0, 1280, 800);
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Remembered on a larger monitor, or with a docking station that is gone today.
        if (!isMaximized())
            setGeometry(keepOnScreen(geometry(), available));
        return;
    }
    const ScreenFit fit = fitToScreen(QSize(1280, 800), available);
    setGeometry(fit.geometry);
    if (fit.maximized)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::addPage(const QString &key, const QString &label, QWidget *page)
{
    auto *item = new QListWidgetItem(label, m_nav);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(160, 40));
    page->setObjectName(key);
    m_stack->addWidget(page);
}

void MainWindow::addPage(const QString &key, const QString &label, PageFactory factory)
{
    auto *placeholder = new QWidget;
    addPage(key, label, placeholder);
    m_pending.insert(placeholder, std::move(factory));
}

QWidget *MainWindow::ensurePage(int index)
{
    QWidget *current = m_stack->widget(index);
    const auto it = m_pending.find(current);
    if (it == m_pending.end())
        return current;
    const PageFactory factory = it.value();
    m_pending.erase(it);
    QWidget *page = factory();
    page->setObjectName(current->objectName());
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(current);
    delete current;
    return page;
}

RegistryPage *MainWindow::registryPage()
{
    return qobject_cast<RegistryPage *>(page(QStringLiteral("registry")));
}

CampaignPage *MainWindow::campaignPage()
{
    return qobject_cast<CampaignPage *>(page(QStringLiteral("campaign")));
}

EntryPage *MainWindow::entryPage()
{
    return qobject_cast<EntryPage *>(page(QStringLiteral("entry")));
}

bool MainWindow::showPage(const QString &key)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(Qt::UserRole).toString() == key) {
            m_nav->setCurrentRow(i);
            return true;
        }
    return false;
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QWidget *MainWindow::page(const QString &key)
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->objectName() == key)
            return ensurePage(i);
    return nullptr;
}

void MainWindow::updateStatus()
{
    const bool server = m_session->isOpen() && m_session->database().isServer();
    QString account;
    if (server && m_session->ownInstitutionId() != 0)
        if (const QString own = m_session->ownInstitutionName(); !own.isEmpty())
            account = tr("（%1 的账户）").arg(own);
    m_dbLabel->setText(server ? tr("服务器：%1%2").arg(m_session->displayName(), account)
                              : tr("数据库：%1").arg(m_session->path()));
    // Two windows side by side (the bureau's, an institution's) must tell which is which.
    // The platform appends the application's name ("— 清风") itself.
    setWindowTitle(server ? tr("专项整治工作台 — %1").arg(m_session->displayName()) : tr("专项整治工作台"));
    const QString campaign = m_session->isOpen() ? m_session->campaignTitle() : QString();
    m_campaignLabel->setText(campaign.isEmpty() ? tr("尚未选择专项整治") : tr("专项整治：%1").arg(campaign));
    m_campaignLabel->setToolTip(m_campaignLabel->text());
    const bool demo = m_session->hasDemoData();
    m_demoBadge->setVisible(demo);
    const bool institutionAccount = server && m_session->ownInstitutionId() != 0;
    enableOrExplain(m_removeDemo, demo && !institutionAccount,
                    institutionAccount ? tr("服务器上的示例数据只能由卫健局的账户删除")
                                       : tr("数据库中没有示例数据"));
    const bool hasCampaign = m_session->isOpen() && m_session->campaignId() != 0;
    enableOrExplain(m_exportForms, hasCampaign, tr("还没有专项整治，没有可导出的报表：先在“专项整治概览”中新建"));
    enableOrExplain(m_fetchMail, hasCampaign, tr("还没有专项整治，收到的报表无处导入：先在“专项整治概览”中新建"));
    // A server is backed up and restored by its administrator, with the server's tools.
    const QString serverTools = tr("服务器上的数据库由管理员用服务器的工具备份和恢复");
    enableOrExplain(m_backup, m_session->isOpen() && !server, serverTools);
    enableOrExplain(m_restore, m_session->isOpen() && !server, serverTools);
    m_sharedBadge->setVisible(!m_session->sharedWith().isEmpty());
    m_sharedBadge->setToolTip(tr("此数据库也在%1中打开。").arg(m_session->sharedWith()));
}

void MainWindow::tellIfShared()
{
    if (m_session->sharedWith().isEmpty())
        return;
    QMessageBox::information(
        this, tr("数据库已在别处打开"),
        tr("数据库 %1 也在%2中打开。\n\n两处都可以继续工作：每次保存都是完整的一步，不会写坏文件；"
           "同一单位同一月在另一处已保存过新数字时，本窗口的保存会被拒绝并提示，不会覆盖。"
           "另一处保存的更改在本窗口按 F5 刷新后显示。")
            .arg(QDir::toNativeSeparators(m_session->path()), m_session->sharedWith()));
}

bool MainWindow::pageAllowsLeaving(QWidget *page)
{
    bool allowed = true;
    if (page && page->metaObject()->indexOfMethod("confirmLeave()") >= 0)
        QMetaObject::invokeMethod(page, "confirmLeave", Q_RETURN_ARG(bool, allowed));
    return allowed;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // The entry page decides what the files are: it imports the workbooks, names the rest.
    if (!event->mimeData()->hasUrls() || !m_session->isOpen())
        return;
    event->acceptProposedAction();
    entryPage()->importDropped(event->mimeData()->urls());
}

bool MainWindow::pagesAllowLeaving()
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (!pageAllowsLeaving(m_stack->widget(i)))
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!pagesAllowLeaving()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库"), QString(),
                                                      tr("清风数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    const Status s = switchDatabase(path);
    if (!s) {
        if (!s.message().isEmpty())
            QMessageBox::warning(this, tr("打开数据库"), s.message());
        return;
    }
    tellIfShared();
}

Status MainWindow::switchDatabase(const QString &path)
{
    // Unsaved edits belong to the database they were typed for.
    if (!pagesAllowLeaving())
        return Status::failure(QString());
    const Status s = m_session->open(path, false);
    if (s)
        QSettings().setValue(QStringLiteral("database/last"), path);
    return s;
}

Status MainWindow::createDatabase(const QString &path)
{
    // A link to nowhere counts too: opening it would create its target.
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return Status::failure(tr("文件 %1 已存在，请另选文件名。新建数据库不会覆盖已有的文件。").arg(QDir::toNativeSeparators(path)));
    return switchDatabase(path);
}

void MainWindow::newDatabase()
{
    // The file must not exist, so the dialog's own "replace?" would only ask in vain.
    QString path = QFileDialog::getSaveFileName(this, tr("新建数据库"), QString(), tr("清风数据库 (*.sqlite)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const Status s = createDatabase(path);
    if (!s && !s.message().isEmpty())
        QMessageBox::warning(this, tr("新建数据库"), s.message());
}

void MainWindow::removeDemoData()
{
    if (!pagesAllowLeaving())
        return;
    m_demoRemoval->run();
}

void MainWindow::backupDatabase()
{
    const QString suggested = QStringLiteral("qingfeng-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("备份数据库"), suggested, tr("清风数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    // Copied and checked on a worker over a connection of its own, as the daily backup is.
    runOnDatabase<Status>(
        this, m_session->database(), tr("备份数据库"),
        [path](Database &db, const Status &opened, Progress &progress) {
            return opened ? Session::backupOn(db, path, &progress) : opened;
        },
        [this, path](const Status &s, bool cancelled) {
            if (s)
                QMessageBox::information(this, tr("备份数据库"), tr("已备份到 %1。").arg(path));
            else if (cancelled)
                QMessageBox::information(this, tr("备份数据库"), tr("已取消，没有写入备份。"));
            else
                QMessageBox::warning(this, tr("备份数据库"), s.message());
        });
}

void MainWindow::restoreDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("从备份恢复"), QString(), tr("清风数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(this, tr("从备份恢复"),
                              tr("用备份 %1 替换当前数据库？当前数据库会先另存一份。请确认没有其他清风程序在使用该数据库。").arg(path))
        != QMessageBox::Yes)
        return;
    QString kept;
    const Status s = m_session->restoreFrom(path, &kept);
    if (s)
        QMessageBox::information(this, tr("从备份恢复"), tr("已恢复。原数据库另存为 %1。").arg(kept));
    else
        QMessageBox::warning(this, tr("从备份恢复"), s.message());
}

void MainWindow::exportForms()
{
    // What is exported is what is stored: unsaved edits are offered for saving first.
    QWidget *current = m_stack->currentWidget();
    if (!pageAllowsLeaving(current))
        return;
    FormExporter::Choice proposed;
    if (const auto *entry = qobject_cast<EntryPage *>(current)) {
        proposed.form = entry->form();
        proposed.month = entry->period();
    } else if (const auto *printing = qobject_cast<PrintingPage *>(current)) {
        const FormPrintPanel *panel = printing->formPanel();
        proposed.form = panel->formBox()->currentData().toInt();
        proposed.month = YearMonth::parse(panel->monthBox()->currentData().toString());
    }
    m_formExporter->run(proposed);
}

void MainWindow::connectServer()
{
    if (!pageAllowsLeaving(m_stack->currentWidget()))
        return;
    QSettings settings;
    DatabaseLocation last;
    ignoreStatus(DatabaseLocation::parseServer(settings.value(QStringLiteral("server/last")).toString(), &last),
                 "no server used before (or its entry unreadable): the dialog starts with empty fields");
    ServerDialog dialog(last, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = ServerDialog::connect(m_session, dialog.location(), this);
    if (!s) {
        QMessageBox::warning(this, tr("连接服务器"), s.message());
        return;
    }
    // The password goes to the keyring (when 记住密码 is ticked), never into the settings.
    dialog.keepPassword(dialog.location());
    settings.setValue(QStringLiteral("server/last"), dialog.location().toUri());
}

void MainWindow::runGuidedStep(int step)
{
    // The overview stays in front: the step's own dialogs say what happened, and the
    // overview ticks the step when the data shows it done and highlights the next.
    if (step == GuidedStart::Registry)
        registryPage()->importRegistry();
    else if (step == GuidedStart::Templates)
        entryPage()->writeTemplates();
}

void MainWindow::showGuide()
{
    // Not modal: the clerk reads a step and does it in the window beside.
    auto *dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("关于清风"),
                       tr("<h3>清风 · 专项整治工作台</h3><p>版本 %1</p>"
                          "<p>县级卫生健康局医疗领域专项整治的登记、报表、跟踪与打印工具。</p>"
                          "<p>许可证：GNU GPL v3 或更高版本。</p><p>数据文件：%2</p>")
                           .arg(QStringLiteral(QINGFENG_VERSION), m_session->path().toHtmlEscaped()));
}

} // namespace qf::ui
