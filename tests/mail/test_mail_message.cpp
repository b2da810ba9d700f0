// SPDX-License-Identifier: GPL-3.0-or-later
// Reading received messages: the names Chinese mail programs give attachments, and messages
// built to hurt the reader.
#include "mail/MailMessage.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>
#include <QStringEncoder>

using namespace qf;

namespace {

QByteArray gbk(const QString &s)
{
    QStringEncoder e("GB18030");
    return e.encode(s);
}

QByteArray withAttachment(const QByteArray &dispositionName, const QByteArray &content)
{
    return QByteArrayLiteral("From: \"=?GB2312?B?1tC2ydXyzsDJ+tS6?=\" <ZDWSY@Example.CN>\r\n"
                             "To: djb@example.cn\r\nSubject: =?UTF-8?B?MjAyMeW5tDEx5pyI6ZmE5Lu2MQ==?=\r\n"
                             "Message-ID: <m1@example.cn>\r\nDate: Thu, 11 Nov 2021 10:20:00 +0800\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                             "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n见附件。\r\n"
                             "--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n"
                             "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; ")
           + dispositionName + QByteArrayLiteral("\r\n\r\n") + content.toBase64() + QByteArrayLiteral("\r\n--b1--\r\n");
}

} // namespace

TEST_CASE("A received message gives its sender, id and decoded attachments", "[mail]")
{
    const QByteArray workbook = QByteArray("PK\x03\x04 pretend workbook \x00\xff", 25);
    MailMessage m;
    REQUIRE(MailMessage::parse(withAttachment(QByteArrayLiteral("filename=\"report.xlsx\""), workbook), &m));
    CHECK(m.messageId == QStringLiteral("m1@example.cn"));
    CHECK(m.fromAddress == QStringLiteral("zdwsy@example.cn"));
    CHECK(m.fromName == QStringLiteral("中渡镇卫生院"));
    CHECK(m.subject == QStringLiteral("2021年11月附件1"));
    CHECK(m.sentDate == QDateTime(QDate(2021, 11, 11), QTime(2, 20), Qt::UTC));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].fileName == QStringLiteral("report.xlsx"));
    CHECK(m.attachments[0].data == workbook);
    CHECK(m.attachments[0].contentType.startsWith(QStringLiteral("application/vnd.openxmlformats")));
    CHECK(m.problems.isEmpty());
}

TEST_CASE("Attachment names come right in every encoding Chinese mail programs use", "[mail]")
{
    const QString name = QStringLiteral("鹿寨县中渡镇卫生院2021年11月附件1.xlsx");
    const QByteArray utf8 = name.toUtf8();
    const QByteArray pct = [&] {
        QByteArray out;
        for (const char c : gbk(name))
            out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
        return out;
    }();
    const QList<QByteArray> forms = {
        // RFC 2231, GBK (Foxmail, QQ mail)
        QByteArrayLiteral("filename*=GBK''") + pct,
        // RFC 2047 inside the quotes (Outlook, NetEase web mail), UTF-8 and GB18030
        QByteArrayLiteral("filename=\"=?UTF-8?B?") + utf8.toBase64() + QByteArrayLiteral("?=\""),
        QByteArrayLiteral("filename=\"=?GB18030?B?") + gbk(name).toBase64() + QByteArrayLiteral("?=\""),
        // raw 8-bit bytes, no declaration at all (older clients): GBK as the fallback
        QByteArrayLiteral("filename=\"") + gbk(name) + QByteArrayLiteral("\""),
        QByteArrayLiteral("filename=\"") + utf8 + QByteArrayLiteral("\""),
    };
    for (const QByteArray &form : forms) {
        INFO(form.toStdString());
        MailMessage m;
        REQUIRE(MailMessage::parse(withAttachment(form, QByteArrayLiteral("x")), &m));
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments[0].fileName == name);
    }
}

TEST_CASE("A message nested a hundred deep or with thousands of parts is read to its bounds, not without end", "[mail]")
{
    QByteArray deep = QByteArrayLiteral("From: a@b.cn\r\nMessage-ID: <deep@b.cn>\r\nMIME-Version: 1.0\r\n");
    for (int i = 0; i < 100; ++i)
        deep += QByteArrayLiteral("Content-Type: multipart/mixed; boundary=\"d") + QByteArray::number(i)
                + QByteArrayLiteral("\"\r\n\r\n--d") + QByteArray::number(i) + QByteArrayLiteral("\r\n");
    deep += QByteArrayLiteral("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"x.xlsx\"\r\n\r\nzz\r\n");
    for (int i = 99; i >= 0; --i)
        deep += QByteArrayLiteral("--d") + QByteArray::number(i) + QByteArrayLiteral("--\r\n");
    MailMessage m;
    REQUIRE(MailMessage::parse(deep, &m));
    CHECK(m.attachments.isEmpty());
    REQUIRE_FALSE(m.problems.isEmpty());
    CHECK(m.problems.join(QString()).contains(QStringLiteral("嵌套")));

    QByteArray wide = QByteArrayLiteral("From: a@b.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"w\"\r\n\r\n");
    for (int i = 0; i < 5000; ++i)
        wide += QByteArrayLiteral("--w\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f")
                + QByteArray::number(i) + QByteArrayLiteral(".xlsx\"\r\n\r\nz\r\n");
    wide += QByteArrayLiteral("--w--\r\n");
    REQUIRE(MailMessage::parse(wide, &m));
    CHECK(m.attachments.size() < MailMessage::MaxParts);
    CHECK(m.problems.join(QString()).contains(QString::number(MailMessage::MaxParts)));
}

TEST_CASE("Broken mail never crashes the reader: truncated, no headers, bad base64, no boundary end", "[mail]")
{
    const QByteArray good = withAttachment(QByteArrayLiteral("filename=\"a.xlsx\""), QByteArray(3000, 'q'));
    for (int cut : {0, 1, 10, 60, 200, 400, 700, int(good.size()) - 10}) {
        MailMessage m;
        (void)MailMessage::parse(good.left(cut), &m); // may fail or succeed, must not crash
    }
    MailMessage m;
    REQUIRE(MailMessage::parse(QByteArrayLiteral("From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                                                 "Content-Disposition: attachment; filename=a.xlsx\r\n"
                                                 "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n"),
                               &m));
    CHECK(m.fromAddress == QStringLiteral("a@b"));
}

TEST_CASE("A long name split into several padded encoded words arrives whole", "[mail]")
{
    // Outlook and Foxmail split a long name at character boundaries, so each word's base64
    // ends in padding; the words may even name GB2312 and carry GBK-only characters (堃, 镕).
    const QString name = QStringLiteral("镕囧堃镇卫生院11月附件1.xlsx");
    const QByteArray g = gbk(name);
    const QByteArray u = name.toUtf8();
    const QList<QByteArray> forms = {
        "filename=\"=?gb2312?B?" + g.left(4).toBase64() + "?= =?gb2312?B?" + g.mid(4).toBase64() + "?=\"",
        "filename=\"=?gb2312?B?" + g.left(4).toBase64() + "?=\r\n =?GBK?B?" + g.mid(4).toBase64() + "?=\"",
        "filename=\"=?UTF-8?B?" + u.left(6).toBase64() + "?= =?UTF-8?B?" + u.mid(6, 7).toBase64() + "?= =?UTF-8?B?"
            + u.mid(13).toBase64() + "?=\"",
    };
    for (const QByteArray &form : forms) {
        INFO(form.toStdString());
        MailMessage m;
        REQUIRE(MailMessage::parse(withAttachment(form, QByteArrayLiteral("x")), &m));
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments[0].fileName == name);
    }
    // Only in the Content-Type's name, as some web mail writes it.
    const QByteArray typeOnly = QByteArrayLiteral("From: a@b.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                                                  "--b\r\nContent-Type: application/octet-stream; name=\"=?gb2312?B?")
                                + g.left(4).toBase64() + "?= =?gb2312?B?" + g.mid(4).toBase64()
                                + QByteArrayLiteral("?=\"\r\nContent-Disposition: attachment\r\n\r\nzz\r\n--b--\r\n");
    MailMessage m;
    REQUIRE(MailMessage::parse(typeOnly, &m));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].fileName == name);
}
