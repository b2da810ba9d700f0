// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace qf {

/// The words of a work summary's file, to compare two institutions' summaries by what they
/// say rather than by their bytes (a copy with the unit's name changed has another hash).
namespace SummaryText {
/// A .docx's text (its w:t runs), an .xlsx's strings (shared and inline), a .txt as UTF-8;
/// empty for any other kind (a PDF, a photo) and for a file that cannot be read.
QString of(const QByteArray &bytes, const QString &fileName);
/// How alike two texts are, from 0 to 1: the Jaccard index of their sets of adjacent
/// character pairs, letters and digits only (spaces, punctuation and layout do not count).
double similarity(const QString &a, const QString &b);
/// The letters and digits `similarity` compares.
qsizetype significantLength(const QString &text);
} // namespace SummaryText

} // namespace qf
