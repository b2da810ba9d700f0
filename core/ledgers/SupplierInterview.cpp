// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupplierInterview.h"

namespace qf {

Status SupplierInterview::validate() const
{
    Status s;
    if (institutionId == 0)
        s.add(tr("请选择约谈的机构。"));
    if (supplier.trimmed().isEmpty())
        s.add(tr("供应商名称不能为空。"));
    if (!heldOn.isValid())
        s.add(tr("请填写约谈日期。"));
    return s;
}

Status NegativeListEntry::validate() const
{
    Status s;
    if (supplier.trimmed().isEmpty())
        s.add(tr("供应商名称不能为空。"));
    if (!listedOn.isValid())
        s.add(tr("请填写列入日期。"));
    if (reason.trimmed().isEmpty())
        s.add(tr("请写明列入负面名单的原因。"));
    return s;
}

} // namespace qf
