// SPDX-License-Identifier: GPL-3.0-or-later
#include "Style.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace qf::ui {

void applyStyle(QApplication &app)
{
    // Prefer the fonts office desktops have; Noto Sans CJK ships with Debian.
    for (const char *family : {"Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family))) {
            QFont f(QString::fromLatin1(family));
            f.setPointSizeF(10);
            app.setFont(f);
            break;
        }
    }
    app.setStyle(QStringLiteral("Fusion"));
    app.setStyleSheet(QStringLiteral(R"(
        QListWidget#navigation { background: #1f3a5f; color: #e8eef6; border: none; font-size: 11pt; padding-top: 8px; }
        QListWidget#navigation::item { padding-left: 16px; border-left: 4px solid transparent; }
        QListWidget#navigation::item:selected { background: #2f5d95; color: white; border-left: 4px solid #f2c14e; }
        QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1f3a5f; padding: 4px 0; }
        QLabel#campaignTitle { font-size: 13pt; font-weight: bold; }
        QLabel#positionBanner { background: #fff8e1; border: 1px solid #f2c14e; border-radius: 4px; padding: 6px; }
        QLabel#demoBadge { background: #f2c14e; color: #3b2f00; border-radius: 3px; padding: 1px 8px; }
        QLabel#sharedBadge { background: #cfe3f7; color: #0b3a66; border-radius: 3px; padding: 1px 8px; }
        QGroupBox { font-weight: bold; margin-top: 10px; }
        QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 4px; }
        QHeaderView::section { background: #eef2f7; padding: 4px; border: none; border-right: 1px solid #d5dce6; border-bottom: 1px solid #d5dce6; }
    )"));
}

} // namespace qf::ui
