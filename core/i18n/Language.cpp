// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include "i18n/QtFileTypeTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace qf::language {

QString resolve(const QString &choice, const QLocale &locale)
{
    if (choice == QLatin1String("zh_CN") || choice == QLatin1String("en"))
        return choice;
    // A machine with no language set (the C/POSIX locale) gets the product's own language,
    // Chinese; one that asks for another language gets English.
    if (locale.language() == QLocale::C)
        return QStringLiteral("zh_CN");
    // uiLanguages() honours LANGUAGE as well as LC_ALL/LC_MESSAGES/LANG: the first entry wins.
    const QStringList preferred = locale.uiLanguages();
    const QString first = preferred.isEmpty() ? locale.name() : preferred.first();
    if (first == QLatin1String("C") || first == QLatin1String("POSIX"))
        return QStringLiteral("zh_CN");
    return first.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString savedChoice()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

void saveChoice(const QString &choice)
{
    QSettings settings;
    if (choice.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), choice);
}

bool install(QCoreApplication &app, const QString &language)
{
    // Qt's own strings (standard buttons, file dialogs) follow the same language. A missing
    // qtbase file is not an error: the dialogs then speak English.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        QCoreApplication::installTranslator(new QtFileTypeTranslator(qt, &app));
    } else {
        delete qt;
    }

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/qingfeng/i18n/qingfeng_") + language + QStringLiteral(".qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace qf::language
