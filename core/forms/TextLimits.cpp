// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLimits.h"

namespace qf {

QString TextLimits::problem(const QString &text)
{
    // Counted in characters as a person sees them, not UTF-16 units: 中文 counts once each.
    if (text.size() <= kMaxChars)
        return {};
    const qsizetype chars = text.toUcs4().size();
    if (chars <= kMaxChars)
        return {};
    return tr("内容有 %1 个字，超过了 %2 个字的上限，未导入；请精简后再导入").arg(chars).arg(kMaxChars);
}

} // namespace qf
