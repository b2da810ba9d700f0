// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormTable.h"

#include <QLocale>

namespace qf {

QString FormTable::unitLine() const
{
    return QStringLiteral(u"填报单位：") + reportingBody;
}

QString FormTable::dateLine() const
{
    if (!fillDate.isValid())
        return QStringLiteral(u"填报时间：%1年  月  日").arg(year);
    return QStringLiteral(u"填报时间：%1年%2月%3日").arg(fillDate.year()).arg(fillDate.month()).arg(fillDate.day());
}

QString FormTable::valueText(const FormValue &v, const FormColumn &column) const
{
    if (column.kind == ColumnKind::Text)
        return v.text;
    if (!v.present)
        return QString();
    if (column.kind == ColumnKind::Amount)
        return QString::number(v.number, 'f', 2);
    return QString::number(qRound64(v.number));
}

int FormTable::missingCount() const
{
    int n = 0;
    for (const UnitFigures &u : units)
        n += u.reported ? 0 : 1;
    return n;
}

int FormTable::carriedCount() const
{
    int n = 0;
    for (const UnitFigures &u : units)
        n += u.carriedFrom.isValid() ? 1 : 0;
    return n;
}

QStringList FormTable::noteParagraphs() const
{
    QStringList paragraphs;
    if (notes.isEmpty() || !form)
        return paragraphs;
    const QString &heading = notesHeading;
    // Continuation lines start under the first note, as in the seed.
    const QString indent(form->notesInline ? int(heading.size()) : 2, QChar(u'\u3000') /* ideographic space */);
    if (form->notesParagraph) {
        const QString all = notes.join(QString());
        if (form->notesInline)
            paragraphs << heading + all;
        else
            paragraphs << heading << indent + all;
        return paragraphs;
    }
    if (!form->notesInline && !heading.isEmpty())
        paragraphs << heading;
    for (int i = 0; i < notes.size(); ++i)
        paragraphs << (i == 0 && form->notesInline ? heading : indent) + notes.at(i);
    return paragraphs;
}

} // namespace qf
