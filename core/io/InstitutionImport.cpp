// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionImport.h"

#include "io/InputFile.h"
#include "io/InstitutionCsvImport.h"
#include "io/InstitutionXlsxImport.h"

#include <QFileInfo>

namespace qf {

bool InstitutionImport::isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return true;
    // Never a plain open, which a FIFO would block: the first bytes through InputFile.
    QByteArray head;
    if (!InputFile::readHead(path, 8, &head))
        return false;
    return head.startsWith("PK\x03\x04") || head == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Status InstitutionImport::parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out)
{
    // Neither reader is given what is not a regular file: a FIFO would block, /dev/zero never end.
    if (const Status s = InputFile::checkRegular(path, InputFile::kDefaultLimit); !s)
        return s;
    return isWorkbook(path) ? InstitutionXlsxImport::parseFile(path, existing, out)
                            : InstitutionCsvImport::parseFile(path, existing, out);
}

} // namespace qf
