// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Session.h"
#include "ServerDialog.h"
#include "SettingsMenu.h"
#include "campaign/CampaignPage.h"
#include "entry/EntryPage.h"
#include "ledgers/LedgersPage.h"
#include "printing/PrintingPage.h"
#include "registry/RegistryPage.h"
#include "tracking/TrackingPage.h"
#include "storage/Backup.h"
#include "storage/InstitutionRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace qf::ui {

MainWindow::MainWindow(Session *session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("清风 · 专项整治工作台"));
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

    m_campaign = new CampaignPage(session);
    m_registry = new RegistryPage(session);
    m_entry = new EntryPage(session);
    addPage(QStringLiteral("campaign"), tr("专项整治概览"), m_campaign);
    addPage(QStringLiteral("entry"), tr("报表填报"), m_entry);
    addPage(QStringLiteral("registry"), tr("机构名册"), m_registry);
    addPage(QStringLiteral("tracking"), tr("报送跟踪"), m_tracking = new TrackingPage(session));
    m_printing = new PrintingPage(session);
    addPage(QStringLiteral("printing"), tr("打印"), m_printing);
    m_ledgers = new LedgersPage(session);
    addPage(QStringLiteral("ledgers"), tr("台账"), m_ledgers);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_stack->currentIndex() && !pageAllowsLeaving(m_stack->currentWidget())) {
            const QSignalBlocker blocker(m_nav);
            m_nav->setCurrentRow(m_stack->currentIndex());
            return;
        }
        m_stack->setCurrentIndex(row);
    });
    m_nav->setCurrentRow(0);

    auto *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("打开数据库…"), this, &MainWindow::openDatabase);
    file->addAction(tr("新建数据库…"), this, &MainWindow::newDatabase);
    file->addSeparator();
    file->addAction(tr("备份数据库…"), this, &MainWindow::backupDatabase);
    file->addAction(tr("从备份恢复…"), this, &MainWindow::restoreDatabase);
    file->addSeparator();
    file->addAction(tr("退出"), QKeySequence::Quit, this, &QWidget::close);
    auto *settingsMenu = new SettingsMenu(this);
    connect(settingsMenu, &SettingsMenu::serverConnectionRequested, this, &MainWindow::connectServer);
    menuBar()->addMenu(settingsMenu);
    auto *help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于清风"), this, &MainWindow::about);

    m_dbLabel = new QLabel;
    m_demoBadge = new QLabel(tr("示例数据"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setToolTip(tr("当前数据库含有鹿寨县示例数据，仅供熟悉软件使用。"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_demoBadge);
    connect(session, &Session::databaseOpened, this, &MainWindow::updateStatus);
    connect(session, &Session::dataChanged, this, &MainWindow::updateStatus);
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

void MainWindow::addPage(const QString &key, const QString &label, QWidget *page)
{
    auto *item = new QListWidgetItem(label, m_nav);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(160, 40));
    page->setObjectName(key);
    m_stack->addWidget(page);
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

QWidget *MainWindow::page(const QString &key) const
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->objectName() == key)
            return m_stack->widget(i);
    return nullptr;
}

void MainWindow::updateStatus()
{
    const bool server = m_session->isOpen() && m_session->database().isServer();
    QString account;
    if (server && m_session->ownInstitutionId() != 0)
        if (const auto own = InstitutionRepository(m_session->database()).find(m_session->ownInstitutionId()))
            account = tr("（%1 的账户）").arg(own->name);
    m_dbLabel->setText(server ? tr("服务器：%1%2").arg(m_session->displayName(), account)
                              : tr("数据库：%1").arg(m_session->path()));
    // Two windows side by side (the bureau's, an institution's) must tell which is which.
    setWindowTitle(server ? tr("清风 · 专项整治工作台 — %1").arg(m_session->displayName()) : tr("清风 · 专项整治工作台"));
    m_demoBadge->setVisible(m_session->hasDemoData());
}

bool MainWindow::pageAllowsLeaving(QWidget *page)
{
    bool allowed = true;
    if (page && page->metaObject()->indexOfMethod("confirmLeave()") >= 0)
        QMetaObject::invokeMethod(page, "confirmLeave", Q_RETURN_ARG(bool, allowed));
    return allowed;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (!pageAllowsLeaving(m_stack->widget(i))) {
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
    const Status s = m_session->open(path, false);
    if (!s) {
        QMessageBox::warning(this, tr("打开数据库"), s.message());
        return;
    }
    QSettings().setValue(QStringLiteral("database/last"), path);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("新建数据库"), QString(), tr("清风数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("新建数据库"), tr("文件 %1 已存在，请另选文件名。").arg(path));
        return;
    }
    const Status s = m_session->open(path, false);
    if (!s) {
        QMessageBox::warning(this, tr("新建数据库"), s.message());
        return;
    }
    QSettings().setValue(QStringLiteral("database/last"), path);
}

void MainWindow::backupDatabase()
{
    const QString suggested = QStringLiteral("qingfeng-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("备份数据库"), suggested, tr("清风数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    const Status s = Backup::write(m_session->database(), path);
    if (s)
        QMessageBox::information(this, tr("备份数据库"), tr("已备份到 %1。").arg(path));
    else
        QMessageBox::warning(this, tr("备份数据库"), s.message());
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

void MainWindow::connectServer()
{
    if (!pageAllowsLeaving(m_stack->currentWidget()))
        return;
    QSettings settings;
    DatabaseLocation last;
    DatabaseLocation::parseServer(settings.value(QStringLiteral("server/last")).toString(), &last);
    ServerDialog dialog(last, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = ServerDialog::connect(m_session, dialog.location(), this);
    if (!s) {
        QMessageBox::warning(this, tr("连接服务器"), s.message());
        return;
    }
    // Without the password: it is asked for again next time.
    settings.setValue(QStringLiteral("server/last"), dialog.location().toUri());
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
