// SPDX-License-Identifier: GPL-3.0-or-later
// TLS to the shared server, against the test cluster's TLS listener (pg-test-cluster.sh
// start --tls): a certificate made for the run, checked with sslmode=verify-full.
#include "PasswordAccount.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QThread>

using namespace qf;

namespace {

// Undoes a temporary change of the cluster's configuration, however the test ends.
struct SslSwitchedOff
{
    test::ScratchServerDatabase &scratch;
    explicit SslSwitchedOff(test::ScratchServerDatabase &s) : scratch(s)
    {
        scratch.admin(QStringLiteral("ALTER SYSTEM SET ssl = off"));
        scratch.admin(QStringLiteral("SELECT pg_reload_conf()"));
    }
    ~SslSwitchedOff()
    {
        scratch.admin(QStringLiteral("ALTER SYSTEM RESET ssl"));
        scratch.admin(QStringLiteral("SELECT pg_reload_conf()"));
    }
};

bool encrypted(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(q.next());
    return q.value(0).toBool();
}

} // namespace

TEST_CASE("the server connection is encrypted and verified with verify-full, and a server without TLS is refused saying so", "[server]")
{
    const auto server = test::testServer();
    const QString tls = qEnvironmentVariable("QINGFENG_TEST_PG_TLS");
    const QString rootCert = qEnvironmentVariable("QINGFENG_TEST_PG_ROOT_CERT");
    if (!server || tls.isEmpty() || rootCert.isEmpty()) {
        WARN("QINGFENG_TEST_PG_TLS is not set: the TLS test needs the cluster of pg-test-cluster.sh start --tls and is skipped.");
        return;
    }
    test::ScratchServerDatabase scratch(*server);
    scratch.admin(QStringLiteral("SELECT 1")); // the Qingfeng schema, made by the administrator's first connection
    DatabaseLocation network = scratch.location();
    network.setHost(tls.section(QLatin1Char(':'), 0, 0));
    network.setPort(tls.section(QLatin1Char(':'), 1).toInt());
    REQUIRE_FALSE(network.isLocalSocket());

    // verify-full: the certificate is signed by the root the client was given, for this name.
    DatabaseLocation verified = network;
    verified.setSslMode(QStringLiteral("verify-full"));
    qputenv("PGSSLROOTCERT", rootCert.toLocal8Bit());
    {
        Database db;
        const Status s = db.open(verified);
        INFO(s.message());
        REQUIRE(s.isOk());
        CHECK(encrypted(db));
    }
    // Without that root the same server is not trusted: the certificate really is checked.
    qputenv("PGSSLROOTCERT", scratch.location().host().toLocal8Bit() + "/no-such-root.crt");
    {
        Database db;
        CHECK_FALSE(db.open(verified).isOk());
    }
    qunsetenv("PGSSLROOTCERT");

    // A network host with no sslmode in the address asks for TLS (require).
    REQUIRE(network.effectiveSslMode() == QStringLiteral("require"));
    {
        Database db;
        const Status s = db.open(network);
        INFO(s.message());
        REQUIRE(s.isOk());
        CHECK(encrypted(db));
    }

    // The same server without TLS: the client that wants it is refused, and told why.
    SslSwitchedOff off(scratch);
    Status refused;
    const bool seen = test::waitUntil([&] {
        Database db;
        refused = db.open(network);
        return !refused.isOk();
    }, 10000);
    REQUIRE(seen);
    CHECK(refused.message().contains(QStringLiteral(u"服务器不提供加密连接（TLS）")));
    CHECK(refused.message().contains(network.displayName()));
}
