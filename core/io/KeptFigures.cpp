// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeptFigures.h"

#include "NumberText.h"

namespace qf {

QString KeptFigures::keep(const Report *stored, const FormColumn &column, const QString &what, Report &report)
{
    if (!stored)
        return {};
    if (column.kind == ColumnKind::Text) {
        if (!stored->texts.contains(column.number))
            return {};
        report.texts.insert(column.number, stored->texts.value(column.number));
        return tr("%1，保留已存的文字“%2”（第%3栏 %4）。")
            .arg(what, stored->texts.value(column.number))
            .arg(column.number)
            .arg(column.label);
    }
    if (!stored->hasNumber(column.number))
        return {};
    report.numbers.insert(column.number, stored->number(column.number));
    return tr("%1，保留已存数据 %2（第%3栏 %4）。")
        .arg(what, NumberText::format(stored->number(column.number)))
        .arg(column.number)
        .arg(column.label);
}

} // namespace qf
