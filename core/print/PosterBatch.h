// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace qf {

/// Which institutions get a poster. Without names: every active institution; the
/// township and kind narrow either choice.
struct PosterSelection
{
    QStringList names;                       ///< full or short names, in print order
    QString township;                        ///< empty: every township
    std::optional<InstitutionKind> kind;     ///< empty: both kinds
};

/// The posters of a batch: one A4 page per institution, to a printer or a PDF.
/// Nothing is printed with an empty report channel: the institutions missing one are
/// handed back to be fixed or left out, and painting refuses them.
class PosterBatch
{
    Q_DECLARE_TR_FUNCTIONS(PosterBatch)
public:
    /// Called after each page with the pages done and the total; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    /// The institutions the selection names (InstitutionLookup), in order; for a name that
    /// matches none or several, what is wrong with it goes to `refused`.
    static QList<Institution> select(const QList<Institution> &registry, const PosterSelection &selection,
                                     QStringList *refused = nullptr);
    /// The institution's empty channels by name (举报电话, 举报邮箱); empty when complete.
    static QStringList missingChannels(const Institution &institution);
    /// The institutions among these that miss a channel.
    static QList<Institution> incomplete(const QList<Institution> &institutions);
    /// "鹿寨县江口乡江口村卫生室：缺少举报邮箱" for each incomplete institution.
    static QStringList describeIncomplete(const QList<Institution> &institutions);
    /// Whether the campaign has the city's and the county's channels.
    static Status checkCampaign(const Campaign &campaign);

    /// The date printed at the foot by default: today while the campaign runs, else the
    /// date of its notice (a later reprint is dated as the original).
    static QDate defaultDate(const Campaign &campaign, const QDate &today = QDate::currentDate());

    /// Paints one poster per institution on the device (set to A4 portrait first).
    /// Refuses before painting anything when a channel is empty. A cancelled run
    /// sets *cancelled and returns a failure.
    static Status paint(QPagedPaintDevice &device, const Campaign &campaign, const QList<Institution> &institutions,
                        const QDate &date, const Progress &progress = {}, bool *cancelled = nullptr);
    /// The same into one PDF file, written atomically.
    static Status writePdf(const QString &path, const Campaign &campaign, const QList<Institution> &institutions,
                           const QDate &date, const Progress &progress = {}, bool *cancelled = nullptr);
};

} // namespace qf
