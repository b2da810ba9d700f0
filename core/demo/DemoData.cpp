// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "DemoFigures.h"
#include "DemoLedgers.h"
#include "campaign/CampaignTemplate.h"
#include "model/Institution.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

namespace qf {

namespace {

struct Row
{
    const char16_t *name;
    const char16_t *shortName;
    Ownership ownership;
    Level level;
    bool contracted;
    InstitutionKind kind;
    const char16_t *township;
    const char16_t *phone;
    const char16_t *email;
    const char16_t *contact;
};

constexpr auto Pub = Ownership::Public;
constexpr auto Pri = Ownership::Private;
constexpr auto L3 = Level::Tertiary;
constexpr auto L2 = Level::Secondary;
constexpr auto L1 = Level::PrimaryOrBelow;
constexpr auto Med = InstitutionKind::Medical;
constexpr auto Pha = InstitutionKind::Pharmacy;

// A plausible registry of the county: the county hospitals, the township health centres,
// private hospitals and clinics, village clinics and one contracted pharmacy.
const Row kRegistry[] = {
    {u"鹿寨县人民医院", u"县人民医院", Pub, L3, true, Med, u"鹿寨镇", u"0772-6812120", u"lzxrmyyjw@126.com", u"韦建华"},
    {u"鹿寨县中医医院", u"县中医医院", Pub, L2, true, Med, u"鹿寨镇", u"0772-6821356", u"lzxzyyy@126.com", u"覃秀兰"},
    {u"鹿寨县妇幼保健院", u"县妇幼保健院", Pub, L2, true, Med, u"鹿寨镇", u"0772-6813462", u"lzxfybjy@126.com", u"黄丽萍"},
    {u"鹿寨县疾病预防控制中心", u"县疾控中心", Pub, L1, false, Med, u"鹿寨镇", u"0772-6812367", u"lzxcdc@126.com", u"梁志强"},
    {u"鹿寨县皮肤病防治院", u"县皮防院", Pub, L1, false, Med, u"鹿寨镇", u"0772-6812485", u"lzxpfy@126.com", u"莫春燕"},
    {u"鹿寨县鹿寨镇卫生院", u"鹿寨镇卫生院", Pub, L1, true, Med, u"鹿寨镇", u"0772-6822031", u"lzzwsy@126.com", u"蓝海燕"},
    {u"鹿寨县中渡镇卫生院", u"中渡镇卫生院", Pub, L1, true, Med, u"中渡镇", u"0772-6871120", u"zdzwsy@126.com", u"潘永福"},
    {u"鹿寨县寨沙镇中心卫生院", u"寨沙镇卫生院", Pub, L2, true, Med, u"寨沙镇", u"0772-6851023", u"zszxwsy@126.com", u"吴德明"},
    {u"鹿寨县平山镇卫生院", u"平山镇卫生院", Pub, L1, true, Med, u"平山镇", u"0772-6861046", u"pszwsy@126.com", u"卢桂芳"},
    {u"鹿寨县黄冕镇卫生院", u"黄冕镇卫生院", Pub, L1, true, Med, u"黄冕镇", u"0772-6881058", u"hmzwsy@126.com", u"廖光辉"},
    {u"鹿寨县四排镇卫生院", u"四排镇卫生院", Pub, L1, true, Med, u"四排镇", u"0772-6891072", u"spzwsy@126.com", u"罗玉梅"},
    {u"鹿寨县江口乡卫生院", u"江口乡卫生院", Pub, L1, true, Med, u"江口乡", u"0772-6901036", u"jkxwsy@126.com", u"谢文斌"},
    {u"鹿寨县拉沟乡卫生院", u"拉沟乡卫生院", Pub, L1, true, Med, u"拉沟乡", u"0772-6911015", u"lgxwsy@126.com", u"龙金凤"},
    {u"鹿寨县导江乡卫生院", u"导江乡卫生院", Pub, L1, true, Med, u"导江乡", u"0772-6921088", u"djxwsy@126.com", u"周立新"},
    {u"鹿寨县中渡镇第二卫生院", u"中渡二院", Pub, L1, true, Med, u"中渡镇", u"0772-6873215", u"zdzdewsy@126.com", u"蒙少华"},
    {u"鹿寨县城南社区卫生服务中心", u"城南社区中心", Pub, L1, true, Med, u"鹿寨镇", u"0772-6836610", u"lzcnsq@126.com", u"何丽娟"},
    {u"鹿寨县城北社区卫生服务中心", u"城北社区中心", Pub, L1, true, Med, u"鹿寨镇", u"0772-6836622", u"lzcbsq@126.com", u"赵海波"},
    {u"鹿寨康华医院", u"康华医院", Pri, L2, true, Med, u"鹿寨镇", u"0772-6878899", u"lzkhyy@163.com", u"陈国庆"},
    {u"鹿寨仁爱医院", u"仁爱医院", Pri, L1, true, Med, u"鹿寨镇", u"0772-6875120", u"lzrayy@163.com", u"李明亮"},
    {u"鹿寨县博爱骨科医院", u"博爱骨科", Pri, L1, true, Med, u"鹿寨镇", u"0772-6829966", u"lzbagk@163.com", u"杨振宇"},
    {u"鹿寨县益民中西医结合医院", u"益民医院", Pri, L1, true, Med, u"鹿寨镇", u"0772-6827788", u"lzymyy@163.com", u"覃美玲"},
    {u"鹿寨县安康眼科医院", u"安康眼科", Pri, L1, true, Med, u"鹿寨镇", u"0772-6876655", u"lzakyk@163.com", u"胡晓东"},
    {u"鹿寨县中渡镇惠民医院", u"惠民医院", Pri, L1, true, Med, u"中渡镇", u"0772-6875533", u"zdhmyy@163.com", u"邓建国"},
    {u"鹿寨县寨沙镇同济门诊部", u"同济门诊部", Pri, L1, false, Med, u"寨沙镇", u"0772-6853366", u"zstjmz@163.com", u"韦小勇"},
    {u"鹿寨县康宁口腔诊所", u"康宁口腔", Pri, L1, false, Med, u"鹿寨镇", u"0772-6826611", u"lzknkq@163.com", u"林雪梅"},
    {u"鹿寨县仁和中医诊所", u"仁和诊所", Pri, L1, true, Med, u"鹿寨镇", u"0772-6825522", u"lzrhzs@163.com", u"苏志明"},
    {u"鹿寨县黄冕镇康泰诊所", u"康泰诊所", Pri, L1, true, Med, u"黄冕镇", u"0772-6883344", u"hmktzs@163.com", u"黄永红"},
    {u"鹿寨县鹿寨镇大村村卫生室", u"大村卫生室", Pri, L1, true, Med, u"鹿寨镇", u"13877201101", u"lzdcwss@163.com", u"莫建军"},
    {u"鹿寨县中渡镇九简村卫生室", u"九简村卫生室", Pri, L1, true, Med, u"中渡镇", u"13877201102", u"zdjjwss@163.com", u"韦秋菊"},
    {u"鹿寨县寨沙镇龙江村卫生室", u"龙江村卫生室", Pri, L1, true, Med, u"寨沙镇", u"13877201103", u"zsljwss@163.com", u"覃志刚"},
    {u"鹿寨县平山镇石墨村卫生室", u"石墨村卫生室", Pri, L1, true, Med, u"平山镇", u"13877201104", u"psmcwss@163.com", u"潘东升"},
    {u"鹿寨县黄冕镇幽兰村卫生室", u"幽兰村卫生室", Pri, L1, true, Med, u"黄冕镇", u"13877201105", u"hmylwss@163.com", u"陆金花"},
    {u"鹿寨县四排镇四排村卫生室", u"四排村卫生室", Pri, L1, true, Med, u"四排镇", u"13877201106", u"spspwss@163.com", u"吴春生"},
    {u"鹿寨县江口乡江口村卫生室", u"江口村卫生室", Pri, L1, false, Med, u"江口乡", u"13877201107", u"", u"蓝玉兰"},
    {u"鹿寨县拉沟乡木龙村卫生室", u"木龙村卫生室", Pri, L1, true, Med, u"拉沟乡", u"13877201108", u"lgmlwss@163.com", u"龙国华"},
    {u"鹿寨县导江乡导江村卫生室", u"导江村卫生室", Pri, L1, true, Med, u"导江乡", u"", u"djdjwss@163.com", u"周桂英"},
    {u"鹿寨县鹿寨镇城中卫生室", u"城中卫生室", Pri, L1, true, Med, u"鹿寨镇", u"13877201110", u"lzczwss@163.com", u"谭明辉"},
    {u"鹿寨县中渡镇长盛村卫生室", u"长盛村卫生室", Pri, L1, false, Med, u"中渡镇", u"13877201111", u"zdcswss@163.com", u"黎玉珍"},
    {u"鹿寨县康民大药房", u"康民大药房", Pri, L1, true, Pha, u"鹿寨镇", u"0772-6828800", u"lzkmdyf@163.com", u"朱丽华"},
    {u"鹿寨县益寿堂药店", u"益寿堂药店", Pri, L1, true, Pha, u"中渡镇", u"0772-6874411", u"zdystyd@163.com", u"甘文杰"},
};

QList<Institution> registry()
{
    QList<Institution> list;
    for (const Row &r : kRegistry) {
        Institution i;
        i.name = QString::fromUtf16(r.name);
        i.shortName = QString::fromUtf16(r.shortName);
        i.ownership = r.ownership;
        i.level = r.level;
        i.contracted = r.contracted;
        i.kind = r.kind;
        i.township = QString::fromUtf16(r.township);
        i.reportPhone = QString::fromUtf16(r.phone);
        i.reportEmail = QString::fromUtf16(r.email);
        i.contactPerson = QString::fromUtf16(r.contact);
        // A made-up mobile number of the contact person, for the 催报名单.
        i.contactPhone = QStringLiteral("138772%1").arg(list.size() + 1, 5, 10, QLatin1Char('0'));
        i.demo = true;
        list << i;
    }
    // One clinic closed during the campaign: it owes reports only while it was open.
    for (Institution &i : list)
        if (i.name == u"鹿寨县中渡镇长盛村卫生室") {
            i.active = false;
            i.activeUntil = QDate(2021, 9, 30);
        }
    return list;
}

} // namespace

qint64 DemoData::campaignId(Database &db)
{
    CampaignRepository campaigns(db);
    for (const Campaign &c : campaigns.list())
        if (c.demo)
            return c.id;
    return 0;
}

Status DemoData::campaign(Campaign *out)
{
    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    if (!tmpl)
        return Status::failure(tr("缺少内置模板 luzhai-2021。"));
    CampaignParameters params;
    params.county = QStringLiteral(u"鹿寨县");
    params.city = QStringLiteral(u"柳州市");
    params.year = 2021;
    params.docNumber = QStringLiteral(u"鹿卫医〔2021〕22号");
    params.bureauPhone = QStringLiteral(u"0772-6815093");
    params.bureauEmail = QStringLiteral(u"chubb@126.com");
    params.cityPhone = QStringLiteral(u"0772-2825464、0772-2823113");
    params.cityEmail = QStringLiteral(u"lzwsjyzk@126.com");
    Campaign campaign;
    const Status s = tmpl->instantiate(params, &campaign);
    if (!s)
        return s;
    campaign.demo = true;
    for (Office &o : campaign.offices) {
        if (o.name == u"党建办")
            o.email = QStringLiteral(u"wjjdjb6811998@126.com");
        else if (o.name == u"医政体改和中医股") {
            o.email = QStringLiteral(u"chubb@126.com");
            o.phone = QStringLiteral(u"6815093");
        }
    }
    *out = campaign;
    return Status::success();
}

Status DemoData::seed(Database &db)
{
    InstitutionRepository institutions(db);
    CampaignRepository campaigns(db);
    if (institutions.count() > 0 || campaigns.latestId() != 0)
        return Status::success();

    Campaign campaign;
    Status s = DemoData::campaign(&campaign);
    if (!s)
        return s;
    Transaction tx(db);
    QList<Institution> list = registry();
    s = institutions.saveAll(list);
    if (s)
        s = campaigns.save(campaign);
    if (s)
        s = DemoFigures::write(db, campaign, list);
    if (s)
        s = DemoLedgers::write(db, campaign, list);
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf
