// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace qf {

// The user interface language. Source strings are Chinese; every other locale gets English.
namespace language {

inline constexpr const char *settingsKey = "ui/language";

// "zh_CN" or "en": the saved choice when there is one, otherwise the locale decides.
QString resolve(const QString &choice, const QLocale &locale);

// The choice saved in the settings ("" = follow the system).
QString savedChoice();
void saveChoice(const QString &choice);

// Installs the application's and Qt's own translators for `language` ("zh_CN" or "en")
// and returns whether the application's translation was found.
bool install(QCoreApplication &app, const QString &language);

} // namespace language
} // namespace qf
