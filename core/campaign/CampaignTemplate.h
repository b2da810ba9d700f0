// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkPlan.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qf {

/// What differs when a campaign is opened from a template: the rest comes from the plan.
struct CampaignParameters
{
    QString county;          ///< 鹿寨县
    QString city;            ///< 柳州市
    int year = 0;
    QString title;           ///< empty: the template's title with the county filled in
    QString docNumber;
    QString bureauPhone;
    QString bureauEmail;
    QString cityPhone;
    QString cityEmail;
};

/// A campaign plan's shape stored as data (resources/…/templates/*.json): phases and
/// deadlines with dates relative to the campaign's year, offices, notice text.
class CampaignTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTemplate)
public:
    QString key() const { return m_key; }
    QString name() const { return m_name; }
    QString source() const { return m_source; }
    QString description() const { return m_description; }
    /// The whole template, for the parts other modules read (the poster text, the notice's 附件).
    QJsonObject json() const { return m_json; }

    /// Builds a campaign for a county and year; validates it before handing it back.
    Status instantiate(const CampaignParameters &params, Campaign *out) const;

    /// The seed's 工作方案 for a campaign opened from this template ({county}, {city} and
    /// {year} filled in); an empty plan when the template carries none.
    Status workPlan(const Campaign &campaign, WorkPlan *out) const;

    static Status fromJson(const QJsonObject &json, CampaignTemplate *out);
    /// Every template shipped with the program, in a stable order.
    static QList<CampaignTemplate> builtIn();
    static std::optional<CampaignTemplate> find(const QString &keyOrName);

private:
    QString m_key;
    QString m_name;
    QString m_source;
    QString m_description;
    QJsonObject m_json;
};

} // namespace qf
