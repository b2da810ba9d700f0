// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFormats.h"

#include "forms/FormLayoutMetrics.h"

#include <xlsxwriter.h>

namespace qf {

namespace {

// Named as the official forms name them: Excel and WPS users have both fonts;
// LibreOffice substitutes a CJK serif or sans.
constexpr char kSongti[] = "宋体";
constexpr char kHeiti[] = "黑体";

} // namespace

double XlsxFormats::pointSize(Role role)
{
    namespace L = FormLayoutMetrics;
    switch (role) {
    case Attachment: return L::kAttachmentPt;
    case Title: return L::kTitlePt;
    case UnitLine:
    case DateLine:
    case Signature: return L::kLinePt;
    case Notes: return L::kNotesPt;
    default: return L::kCellPt;
    }
}

lxw_format *XlsxFormats::get(Role role, bool input)
{
    lxw_format *&slot = m_formats[size_t(role) * 2 + (input ? 1 : 0)];
    if (!slot)
        slot = create(role, input);
    return slot;
}

lxw_format *XlsxFormats::create(Role role, bool input)
{
    lxw_format *f = workbook_add_format(m_workbook);
    format_set_font_name(f, role == Attachment ? kHeiti : kSongti);
    format_set_font_size(f, pointSize(role));
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    switch (role) {
    case Attachment:
    case UnitLine:
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case Title:
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_text_wrap(f);
        break;
    case DateLine:
        format_set_align(f, LXW_ALIGN_RIGHT);
        break;
    case Header:
    case Label:
    case Count:
    case Amount:
    case Text:
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_text_wrap(f);
        break;
    case Signature:
        format_set_align(f, LXW_ALIGN_LEFT);
        format_set_align(f, LXW_ALIGN_VERTICAL_BOTTOM);
        break;
    case Notes:
        format_set_align(f, LXW_ALIGN_LEFT);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        format_set_text_wrap(f);
        break;
    case RoleCount:
        break;
    }
    if (role == Count)
        format_set_num_format(f, "0");
    else if (role == Amount)
        format_set_num_format(f, "0.00");
    if (input)
        format_set_unlocked(f);
    return f;
}

} // namespace qf
