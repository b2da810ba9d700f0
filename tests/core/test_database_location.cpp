// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "model/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/SqlScript.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace qf;

TEST_CASE("server addresses parse into host, port, database and account, and never print the password")
{
    DatabaseLocation l;
    REQUIRE(DatabaseLocation::parseServer(QStringLiteral("postgresql://zhongdu:secret@db.county.lan:6432/qingfeng"), &l).isOk());
    CHECK(l.isServer());
    CHECK(l.host() == QStringLiteral("db.county.lan"));
    CHECK(l.port() == 6432);
    CHECK(l.database() == QStringLiteral("qingfeng"));
    CHECK(l.user() == QStringLiteral("zhongdu"));
    CHECK(l.password() == QStringLiteral("secret"));
    CHECK_FALSE(l.toUri().contains(QStringLiteral("secret")));
    CHECK(l.displayName() == QStringLiteral("zhongdu@db.county.lan:6432/qingfeng"));

    DatabaseLocation again;
    REQUIRE(DatabaseLocation::parseServer(l.toUri(), &again).isOk());
    CHECK(again.host() == l.host());
    CHECK(again.port() == l.port());
    CHECK(again.user() == l.user());
    CHECK(again.password().isEmpty());

    // A socket directory, as libpq writes it.
    DatabaseLocation socket;
    REQUIRE(DatabaseLocation::parseServer(QStringLiteral("postgresql:///county?host=/tmp/pg%20dir&port=5433&user=bureau"), &socket).isOk());
    CHECK(socket.host() == QStringLiteral("/tmp/pg dir"));
    CHECK(socket.port() == 5433);
    CHECK(socket.user() == QStringLiteral("bureau"));
    DatabaseLocation back;
    REQUIRE(DatabaseLocation::parseServer(socket.toUri(), &back).isOk());
    CHECK(back.host() == socket.host());
    CHECK(back.database() == QStringLiteral("county"));

    for (const char *bad : {"mysql://a@b/c", "postgresql://a@b", "postgresql://a@b:99999/c", "county.sqlite"}) {
        INFO(bad);
        DatabaseLocation x;
        const Status s = DatabaseLocation::parseServer(QString::fromLatin1(bad), &x);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("a server over the network is reached with TLS unless the address says otherwise")
{
    DatabaseLocation remote;
    REQUIRE(DatabaseLocation::parseServer(QStringLiteral("postgresql://bureau@db.county.lan/qingfeng"), &remote).isOk());
    CHECK(remote.effectiveSslMode() == QStringLiteral("require"));
    DatabaseLocation local;
    REQUIRE(DatabaseLocation::parseServer(QStringLiteral("postgresql:///qingfeng?host=/run/postgresql"), &local).isOk());
    CHECK(local.effectiveSslMode().isEmpty());
    // A stated mode is kept, and written back.
    DatabaseLocation lan;
    REQUIRE(DatabaseLocation::parseServer(QStringLiteral("postgresql://bureau@10.0.0.5/qingfeng?sslmode=verify-full"), &lan).isOk());
    CHECK(lan.effectiveSslMode() == QStringLiteral("verify-full"));
    DatabaseLocation again;
    REQUIRE(DatabaseLocation::parseServer(lan.toUri(), &again).isOk());
    CHECK(again.sslMode() == QStringLiteral("verify-full"));
    DatabaseLocation bad;
    const Status refused = DatabaseLocation::parseServer(QStringLiteral("postgresql://bureau@10.0.0.5/qingfeng?sslmode=sometimes"), &bad);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("sslmode")));
}

TEST_CASE("a server that offers no TLS is refused with a message that says so")
{
    // A listener on this machine that answers libpq's SSL request as a server without
    // TLS does ('N'), then waits for the startup packet that must never come.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(::listen(listener, 1) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    bool sentStartup = false;
    std::thread server([listener, &sentStartup] {
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0)
            return;
        char request[8];
        if (::recv(client, request, sizeof request, MSG_WAITALL) == 8 && ::send(client, "N", 1, 0) == 1) {
            char more[8];
            sentStartup = ::recv(client, more, sizeof more, 0) > 0;
        }
        ::close(client);
    });
    const DatabaseLocation location = DatabaseLocation::server(QStringLiteral("127.0.0.1"), ntohs(address.sin_port),
                                                               QStringLiteral("qingfeng"), QStringLiteral("bureau"));
    Database db;
    const Status s = db.open(location);
    server.join();
    ::close(listener);
    CHECK_FALSE(s.isOk());
    INFO(s.message().toStdString());
    CHECK(s.message().contains(QStringLiteral("TLS")));
    CHECK(s.message().contains(QStringLiteral("sslmode=")));
    CHECK_FALSE(sentStartup);
}

TEST_CASE("the migrations are one set: PostgreSQL variants only where the SQL differs")
{
    for (int step = 0; step < Migrations::count(); ++step) {
        QStringList sqlite, postgres;
        QString sqliteFile, postgresFile;
        REQUIRE(Migrations::statements(step, DatabaseEngine::Sqlite, &sqlite, &sqliteFile));
        REQUIRE(Migrations::statements(step, DatabaseEngine::Postgres, &postgres, &postgresFile));
        CHECK_FALSE(sqliteFile.endsWith(QStringLiteral(".pg.sql")));
        // Nothing SQLite-only reaches the server.
        for (const QString &statement : postgres) {
            INFO(postgresFile.toStdString() << ": " << statement.left(80).toStdString());
            CHECK_FALSE(statement.contains(QStringLiteral("WITHOUT ROWID")));
            CHECK_FALSE(statement.contains(QStringLiteral("json_object")));
            CHECK_FALSE(statement.contains(QStringLiteral("strftime")));
            CHECK_FALSE(statement.contains(QStringLiteral(" BLOB")));
        }
    }
    CHECK(Migrations::toPostgres(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB, r REAL) WITHOUT ROWID;"))
          == QStringLiteral("CREATE TABLE t (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b BYTEA, r DOUBLE PRECISION);"));
}

TEST_CASE("plpgsql bodies and one-line PostgreSQL triggers split as whole statements")
{
    const QStringList parts = SqlScript::split(QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'x';\n\n    RETURN NEW;\nEND;\n$$;\n"
        "CREATE TRIGGER t BEFORE INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\n"
        "DO $$\nBEGIN\n    CREATE ROLE r;\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND;\n$$;\n"
        "CREATE TABLE b (x INTEGER);"));
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0).endsWith(QStringLiteral("$$;")));
    CHECK(parts.at(0).contains(QStringLiteral("RETURN NEW;")));
    CHECK(parts.at(1).endsWith(QStringLiteral("f();")));
    CHECK(parts.at(2).startsWith(QStringLiteral("DO $$")));
    CHECK(parts.at(3) == QStringLiteral("CREATE TABLE b (x INTEGER);"));
}
