// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "storage/ServerAdmin.h"

namespace qf::test {

// waitUntil() (TestSupport.h) spins the event loop until an asynchronous keyring job has answered.

/// A bureau account on a scratch Qingfeng database of the test server that must give its
/// password even on the socket: the test cluster asks it of every member of the group
/// qingfeng_test_password (packaging/pg-test-cluster.sh), where everyone else is trusted.
struct PasswordAccount
{
    ScratchServerDatabase scratch;
    Database admin;
    QString role;
    QString password = QStringLiteral(u"Mima-钥匙串-2021");

    explicit PasswordAccount(const DatabaseLocation &server) : scratch(server)
    {
        const Status opened = admin.open(scratch.location(), true);
        INFO(opened.message());
        REQUIRE(opened.isOk());
        // Roles are the cluster's: the group is made once, by whichever test comes first.
        scratch.admin(QStringLiteral("DO $$ BEGIN CREATE ROLE qingfeng_test_password NOLOGIN; "
                                     "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
        role = scratch.role(QStringLiteral("pw"));
        const Status added = ServerAdmin::addAccount(admin, role, ServerAdmin::AccountKind::Bureau, 0, password);
        INFO(added.message());
        REQUIRE(added.isOk());
        scratch.admin(QStringLiteral("GRANT qingfeng_test_password TO %1").arg(role));
    }

    /// The account's address, without its password.
    DatabaseLocation location() const
    {
        DatabaseLocation l = scratch.location();
        l.setUser(role);
        l.setPassword(QString());
        return l;
    }
};

} // namespace qf::test
