// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
struct SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)
public:
    QString title;
    QList<DocxParagraph> paragraphs;   ///< headings and body, in order
    QString signature;                 ///< the bureau or the institution
    QDate date;

    /// The sentences of the campaign's template, or the default set.
    static QJsonObject sentencesFor(const Campaign &campaign);
    static Status compose(const SummaryFigures &figures, const QJsonObject &sentences, SummaryDocument *out);
    static Status compose(const SummaryFigures &figures, SummaryDocument *out)
    {
        return compose(figures, sentencesFor(figures.campaign), out);
    }

    DocxDocument toDocx() const;
    /// Every body paragraph's text joined, for tests and checks.
    QString text() const;
};

} // namespace qf
