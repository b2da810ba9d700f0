// SPDX-License-Identifier: GPL-3.0-or-later
// A typed or pasted figure is read strictly and held to the column's limits, never adjusted.
#include "TestSupport.h"

#include "io/FigureText.h"
#include "io/NumberText.h"

using namespace qf;

namespace {

/// The value read, or nothing when the text is refused (its reason in *why).
std::optional<double> read(ColumnKind kind, const QString &text, QString *why = nullptr)
{
    double v = -12345;
    const QString problem = FigureText::read(kind, text, &v);
    if (why)
        *why = problem;
    if (!problem.isEmpty()) {
        CHECK(v == -12345);   // a refused text leaves the value alone
        return std::nullopt;
    }
    return v;
}

} // namespace

TEST_CASE("a typed count is a whole number from 0 below 10^9 and is never rounded or unsigned")
{
    CHECK(read(ColumnKind::Count, QStringLiteral("15")) == 15.0);
    CHECK(read(ColumnKind::Count, QStringLiteral(" 0 ")) == 0.0);
    CHECK(read(ColumnKind::Count, QStringLiteral(u"１２")) == 12.0);        // full-width digits
    CHECK(read(ColumnKind::Count, QStringLiteral("1,234")) == 1234.0);       // grouped by three
    CHECK(read(ColumnKind::Count, QStringLiteral("999999999")) == 999999999.0);
    QString why;
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral("1.5"), &why));
    CHECK(why.contains(QStringLiteral("1.5")));
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral("-3"), &why));
    CHECK(why.contains(QStringLiteral(u"负数")));
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral("1000000000")));
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral("1,5")));
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral(u"12个"), &why));
    CHECK(why.contains(QStringLiteral(u"12个")));
    CHECK_FALSE(read(ColumnKind::Count, QStringLiteral("")));
}

TEST_CASE("a typed amount has at most two decimals and stays below the bound")
{
    CHECK(read(ColumnKind::Amount, QStringLiteral("3.14")) == Approx(3.14));
    CHECK(read(ColumnKind::Amount, QStringLiteral("12")) == 12.0);
    CHECK(read(ColumnKind::Amount, QStringLiteral(u"１２．５")) == 12.5);
    QString why;
    CHECK_FALSE(read(ColumnKind::Amount, QStringLiteral("3.141"), &why));
    CHECK(why.contains(QStringLiteral(u"两位小数")));
    CHECK_FALSE(read(ColumnKind::Amount, QStringLiteral("-0.5")));
    CHECK_FALSE(read(ColumnKind::Amount, QStringLiteral("1e9")));
    CHECK_FALSE(read(ColumnKind::Amount, QStringLiteral("inf")));
}

TEST_CASE("a value in a message is written as a person writes it, never with an exponent")
{
    CHECK(NumberText::format(0) == QStringLiteral("0"));
    CHECK(NumberText::format(-0.0) == QStringLiteral("0"));
    CHECK(NumberText::format(15) == QStringLiteral("15"));
    CHECK(NumberText::format(1.5) == QStringLiteral("1.5"));
    CHECK(NumberText::format(0.1 + 0.2) == QStringLiteral("0.3"));
    CHECK(NumberText::format(-0.000001) == QStringLiteral("-0.000001"));
    CHECK(NumberText::format(12.345) == QStringLiteral("12.345"));
    CHECK(NumberText::format(999999999.99) == QStringLiteral("999999999.99"));
    CHECK(NumberText::format(1e20) == QStringLiteral("100000000000000000000"));
    // What a spreadsheet's rounding leaves below zero is named so in the message.
    QString why;
    CHECK_FALSE(read(ColumnKind::Amount, QStringLiteral("-0.0000001"), &why));
    CHECK(why.contains(QStringLiteral("-0.0000001")));
    CHECK_FALSE(why.contains(QLatin1Char('e')));
    // Every such text reads back as the value it names.
    for (double v : {0.01, 3.14159265358979, 123456.78, 7e-9, 0.000123}) {
        double back = -1;
        REQUIRE(NumberText::parse(NumberText::format(v), &back));
        CHECK(back == Approx(v).epsilon(1e-14));
    }
}
