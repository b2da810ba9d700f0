// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace qf {

/// A read that failed (a lost server, a file gone or damaged underneath) must not look like
/// an empty registry or ledger: the page that asked says what could not be read instead.
class ReadError
{
    Q_DECLARE_TR_FUNCTIONS(ReadError)
public:
    /// "无法读取机构名册：<the driver's words>" for `what` ("机构名册"). A driver that refused
    /// before asking the database (a closed connection) gives no words: then that is said.
    static Status failure(const QString &what, const QSqlError &error);
    /// Puts that failure into *status when the caller asked for it (the first failure of a
    /// read is kept, later ones are added), and always into the log, so that a caller that
    /// cannot show it still leaves a trace.
    static void report(const QString &what, const QSqlError &error, Status *status);
};

} // namespace qf
