// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRemoval.h"

#include "Session.h"

#include "actions/RemoveDemoData.h"
#include "demo/DemoEdits.h"

namespace qf::ui {

DemoRemoval::DemoRemoval(Session *session, QWidget *window) : QObject(window), m_session(session), m_window(window)
{
    m_ask = [this](QMessageBox::Icon icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, title, text, buttons, m_window);
        // Deleting is never the default: Enter on the question keeps the data.
        if (buttons.testFlag(QMessageBox::No))
            box.setDefaultButton(QMessageBox::No);
        return QMessageBox::StandardButton(box.exec());
    };
}

bool DemoRemoval::run()
{
    const QString title = tr("删除示例数据");
    if (!m_session->isOpen())
        return false;
    RemoveDemoData::Summary going;
    Status s = RemoveDemoData::preview(m_session->database(), &going);
    if (!s) {
        m_ask(QMessageBox::Warning, title, tr("示例数据没有删除：\n\n%1").arg(s.messages().join(QLatin1Char('\n'))),
              QMessageBox::Ok);
        return false;
    }
    // A demo row the user changed goes with the demo: the question names each one, so
    // that a renamed demo institution is not taken for the user's own and lost unawares.
    QStringList edited;
    s = DemoEdits::find(m_session->database(), &edited);
    if (!s) {
        m_ask(QMessageBox::Warning, title, tr("示例数据没有删除：\n\n%1").arg(s.messages().join(QLatin1Char('\n'))),
              QMessageBox::Ok);
        return false;
    }
    QString editedText;
    if (!edited.isEmpty())
        editedText = tr("\n\n注意：以下示例数据您修改过，删除时这些修改也一并删除：\n· %1\n"
                        "如需保留，请先把它们作为您自己的机构或专项整治另行录入，再删除示例数据。")
                         .arg(edited.join(QStringLiteral("\n· ")));
    const QString question =
        tr("删除鹿寨县示例数据？\n\n将删除：%1。%2\n\n您自己录入的机构和专项整治不受影响。删除记入变更记录，"
           "不能撤销；如需保留，请先备份数据库（文件 → 备份数据库…）。")
            .arg(going.text(), editedText);
    if (m_ask(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return false;
    RemoveDemoData::Summary removed;
    s = RemoveDemoData::run(m_session->database(), &removed);
    if (!s) {
        m_ask(QMessageBox::Warning, title, tr("示例数据没有删除：\n\n%1").arg(s.messages().join(QLatin1Char('\n'))),
              QMessageBox::Ok);
        return false;
    }
    m_session->notifyRemoved();
    const QString rest = m_session->campaignId() != 0
                             ? tr("现在显示专项整治“%1”。").arg(m_session->campaignTitle())
                             : tr("数据库中还没有专项整治：“专项整治概览”中的“开始使用”列出接下来的步骤。");
    m_ask(QMessageBox::Information, title, tr("已删除示例数据：%1。\n\n%2").arg(removed.text(), rest), QMessageBox::Ok);
    return true;
}

} // namespace qf::ui
