// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePanel.h"

#include "LedgerWidgets.h"
#include "actions/EvidenceActions.h"
#include "io/AtomicFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace qf::ui {

EvidencePanel::EvidencePanel(Database &db, qint64 problemId, bool readOnly, QWidget *parent)
    : QWidget(parent), m_db(db), m_problemId(problemId)
{
    m_list = new QListWidget;
    m_list->setMinimumHeight(80);
    auto *before = new QPushButton(tr("附加整改前材料…"));
    auto *after = new QPushButton(tr("附加整改后材料…"));
    m_open = new QPushButton(tr("打开"));
    m_remove = new QPushButton(tr("删除"));
    before->setEnabled(!readOnly);
    after->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(before);
    buttons->addWidget(after);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(before, &QPushButton::clicked, this, [this] { choose(false); });
    connect(after, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &EvidencePanel::openSelected);
    reload();
}

int EvidencePanel::count() const
{
    return m_list->count();
}

void EvidencePanel::reload()
{
    m_list->clear();
    for (const EvidenceFile &f : EvidenceActions::list(m_db, m_problemId)) {
        const QString stage = f.stage == EvidenceFile::Stage::After ? tr("整改后") : tr("整改前");
        auto *item = new QListWidgetItem(tr("【%1】%2（%3 KB，%4）")
                                             .arg(stage, f.fileName)
                                             .arg((f.size + 1023) / 1024)
                                             .arg(f.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                         m_list);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.fileName);
        item->setToolTip(QStringLiteral("SHA-256 %1").arg(f.sha256));
    }
}

void EvidencePanel::choose(bool after)
{
    const QString path = QFileDialog::getOpenFileName(this, after ? tr("附加整改后材料") : tr("附加整改前材料"));
    if (!path.isEmpty())
        attach(path, after);
}

bool EvidencePanel::attach(const QString &path, bool after)
{
    const Status s = EvidenceActions::attach(m_db, m_problemId, after ? EvidenceFile::Stage::After : EvidenceFile::Stage::Before,
                                             path, LedgerWidgets::userName());
    if (!s) {
        QMessageBox::warning(this, tr("附加材料"), s.message());
        return false;
    }
    reload();
    return true;
}

void EvidencePanel::openSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QByteArray content;
    const Status s = EvidenceActions::content(m_db, item->data(Qt::UserRole).toLongLong(), &content);
    if (!s) {
        QMessageBox::warning(this, tr("打开材料"), s.message());
        return;
    }
    // A copy for the viewer: the stored file itself never leaves the database.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("qingfeng-evidence/%1").arg(item->data(Qt::UserRole).toLongLong()));
    const QString path = QDir(dir).filePath(item->data(Qt::UserRole + 1).toString());
    // Evidence is ledger material: the viewer's copy is owner-only, in an owner-only folder.
    const Status written = AtomicFile::write(path, content);
    if (!written) {
        QMessageBox::warning(this, tr("打开材料"), written.message());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EvidencePanel::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("删除材料"), tr("删除佐证材料“%1”？").arg(item->data(Qt::UserRole + 1).toString()))
        != QMessageBox::Yes)
        return;
    const Status s = EvidenceActions::remove(m_db, item->data(Qt::UserRole).toLongLong());
    if (!s)
        QMessageBox::warning(this, tr("删除材料"), s.message());
    reload();
}

} // namespace qf::ui
