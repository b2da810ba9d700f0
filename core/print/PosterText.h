// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"

#include <QJsonObject>
#include <QStringList>

namespace qf {

/// The words of the announcement poster (附件4 公告参考内容). They are template data: a
/// campaign template may carry a "poster" object; without one the seed's text is used.
///
/// Placeholders: {county}, {city}, {year} come from the campaign; {unit} is the kind of
/// place the poster hangs in (医院, 卫生院, 卫生室, 诊所, 药店 …, see unitWord()). The seed's body says 我县; the
/// shipped template writes {county} there instead, because the poster hangs in one
/// institution and bears its name at the foot, so "我县" would read as the hospital's.
struct PosterText
{
    QStringList titleLines;
    QString body;
    QString unitPhone;     ///< label of the institution's own 举报电话
    QString unitEmail;
    QString cityPhone;     ///< the city commission's
    QString cityEmail;
    QString countyPhone;   ///< the county bureau's
    QString countyEmail;

    /// The seed's text, with the placeholders still in it.
    static PosterText defaults();
    /// The keys present in json override the defaults.
    static PosterText fromJson(const QJsonObject &json);
    /// The campaign's poster text (its template's, else the defaults), placeholders filled
    /// except {unit}, which depends on the institution.
    static PosterText forCampaign(const Campaign &campaign);

    /// What {unit} becomes for this institution: the kind its name ends in (医院, 卫生院,
    /// 卫生室, 诊所, 门诊部); 药店 for every pharmacy; 本单位 for any other name.
    static QString unitWord(const Institution &institution);
};

} // namespace qf
