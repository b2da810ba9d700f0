// SPDX-License-Identifier: GPL-3.0-or-later
// A workbook that cannot be finished says why in the words every writer uses: a full disk
// is "磁盘空间不足", not libxlsxwriter's "Zip generic error ZIP_ERRNO".
#include "TestSupport.h"

#include "io/AtomicFile.h"
#include "xlsx/XlsxWriteError.h"

#include <QTemporaryDir>

#include <cerrno>

using namespace qf;

TEST_CASE("xlsx write errors: a full disk and a read-only folder are named as the other writers name them")
{
    QTemporaryDir dir;
    for (lxw_error e : {LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE, LXW_ERROR_CREATING_TMPFILE}) {
        INFO(int(e));
        const QString full = XlsxWriteError::describe(e, ENOSPC, dir.path());
        CHECK(full == AtomicFile::reason(ENOSPC));
        CHECK(full.contains(QStringLiteral(u"磁盘空间不足")));
        CHECK_FALSE(full.contains(QStringLiteral("ZIP")));
        CHECK(XlsxWriteError::describe(e, EDQUOT, dir.path()) == full);
        CHECK(XlsxWriteError::describe(e, EROFS, dir.path()).contains(QStringLiteral(u"没有写入权限")));
    }
    // Anything else keeps libxlsxwriter's own words, as a last resort.
    const QString other = XlsxWriteError::describe(LXW_ERROR_MEMORY_MALLOC_FAILED, 0, dir.path());
    CHECK(other.contains(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED))));
    CHECK_FALSE(other.contains(QStringLiteral(u"磁盘空间不足")));
}
