// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace qf::ui {

/// 帮助 → 使用说明 (F1): the campaign's workflow step by step, with the command-line
/// equivalent of each step, shipped inside the program so that it works without a network.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    /// The guide in the interface's language ("zh_CN" or "en"), as HTML.
    static QString guide(const QString &language);
    /// The language the installed translation speaks: the guide follows the interface.
    static QString interfaceLanguage();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace qf::ui
