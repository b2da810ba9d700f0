// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

struct lxw_format;
struct lxw_workbook;

namespace qf {

/// The cell formats of the official forms, each created once per workbook: a workbook
/// holds a limited number of distinct formats, and creating one per cell would also
/// make writing slower than it needs to be.
class XlsxFormats
{
public:
    enum Role {
        Attachment,   ///< 附件1 above the title
        Title,
        UnitLine,     ///< 填报单位：…
        DateLine,     ///< 填报时间：…
        Header,
        Label,        ///< the body's label columns
        Count,        ///< whole numbers, "0"
        Amount,       ///< 万元, "0.00"
        Text,         ///< 备注
        Signature,
        Notes,
        RoleCount
    };

    explicit XlsxFormats(lxw_workbook *workbook) : m_workbook(workbook) {}
    /// The format for a role; `input` gives the unlocked variant that a protected
    /// blank template leaves open for typing.
    lxw_format *get(Role role, bool input = false);
    static double pointSize(Role role);

private:
    lxw_format *create(Role role, bool input);
    lxw_workbook *m_workbook;
    std::array<lxw_format *, RoleCount * 2> m_formats{};
};

} // namespace qf
