// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryChart.h"
#include "SummaryFigures.h"
#include "docx/DocxDocument.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qf {

/// A 工作总结 draft: title, the four sections (基本情况; 主要做法和成效; 存在问题; 下一步打算)
/// and the signature, its sentences taken from template data (the campaign template's
/// "summary", else the program's default set) with the figures put in. A sentence whose
/// figure is unknown (nothing reported) is left out rather than said with a blank or a zero;
/// 存在问题 names what the data shows (late and missing filers, lagging 整改率, open tip-offs).
/// A section may name charts (its "charts": the chart, its caption, "county" as a sentence's);
/// they stand at the section's end once the caller has drawn them (placeCharts).
struct SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)
public:
    QString title;
    QList<DocxParagraph> paragraphs;   ///< headings and body, in order
    QString signature;                 ///< the bureau or the institution
    QDate date;
    /// The charts the sections name, in order: planned by compose (kind, caption, place),
    /// drawn ones only after placeCharts.
    QList<SummaryChart> charts;

    /// The sentences to use: the bureau's own file (WordingFiles) when there is one, else
    /// the campaign template's "summary", else the built-in set. Fails on a bureau's file
    /// with a mistake, naming the file and the key.
    static Status sentencesFor(const Campaign &campaign, QJsonObject *out);
    /// Checks a set of sentences before any is used: its shape, every {name} a word, list or
    /// figure the summary has, every "when" a figure, "whenList" a list, chart a summary's
    /// chart. A failure names the key (sections[1].paragraphs[0][2].text).
    static Status checkSentences(const QJsonObject &sentences);
    static Status compose(const SummaryFigures &figures, const QJsonObject &sentences, SummaryDocument *out);
    static Status compose(const SummaryFigures &figures, SummaryDocument *out);

    /// Keeps the planned charts that `drawn` has a PNG for (matched by kind and unit), drops
    /// the others, and numbers the captions of those kept 图1, 图2 … in their order.
    void placeCharts(const QList<SummaryChart> &drawn);

    DocxDocument toDocx() const;
    /// Every body paragraph's text joined, for tests and checks.
    QString text() const;
};

} // namespace qf
