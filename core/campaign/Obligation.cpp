// SPDX-License-Identifier: GPL-3.0-or-later
#include "Obligation.h"

namespace qf {

QString Obligation::what() const
{
    const bool form = deliverable == Deliverable::Form1 || deliverable == Deliverable::Form2
                      || deliverable == Deliverable::Form3;
    const QString name = form || deadlineTitle.trimmed().isEmpty() ? deliverableName(deliverable) : deadlineTitle;
    return monthly ? Deadline::tr("%1（%2）").arg(name, period.toChinese()) : name;
}

} // namespace qf
