// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/QtFileTypeTranslator.h"

namespace qf::language {

QtFileTypeTranslator::QtFileTypeTranslator(const QTranslator *qt, QObject *parent) : QTranslator(parent), m_qt(qt) {}

QString QtFileTypeTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                        int n) const
{
    if (qstrcmp(context, "QAbstractFileIconProvider") != 0)
        return QString();
    return m_qt->translate("QFileDialog", sourceText, disambiguation, n);
}

} // namespace qf::language
