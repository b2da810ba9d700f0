// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf::ui {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("使用说明"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guide(interfaceLanguage()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString HelpDialog::interfaceLanguage()
{
    // Translated as "en" in the English file: whichever translation is installed names itself,
    // so the guide can never speak another language than the menus around it.
    return tr("zh_CN", "the language code of this translation (zh_CN or en); it picks the user guide");
}

QString HelpDialog::guide(const QString &language)
{
    QFile file(QStringLiteral(":/qingfeng/help/guide.%1.html").arg(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN")));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace qf::ui
