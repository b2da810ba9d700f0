// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

/// The formats a document (the notice with its 工作方案, the 工作总结) is saved in, chosen by
/// the ending of the name the user gives: ".pdf" or ".docx", in any case. Any other name is
/// refused, naming both endings, rather than written as one of them under a name that
/// promises something else (a PDF called x.doc that Word cannot open).
class DocumentFormat
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFormat)
public:
    enum Kind { Pdf, Docx };
    static Status of(const QString &path, Kind *out);
};

} // namespace qf
