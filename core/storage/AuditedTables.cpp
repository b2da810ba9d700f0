// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditedTables.h"

namespace qf::AuditedTables {

namespace {

QStringList split(const char16_t *columns)
{
    return QString::fromUtf16(columns).split(QLatin1Char(','));
}

AuditedTable byId(const char16_t *table, const char16_t *logged)
{
    return {QString::fromUtf16(table), {QStringLiteral("id")}, QString(), split(logged), {}};
}

} // namespace

const QList<AuditedTable> &all()
{
    // A column added to a table is added here too (or to the never-audited list of the
    // coverage test, with the reason): the next start writes the triggers anew.
    static const QList<AuditedTable> tables{
        byId(u"institution", u"name,short_name,ownership,level,contracted,kind,township,report_phone,report_email,"
                             u"contact_person,active,active_from,active_until,contact_phone"),
        byId(u"campaign", u"title,doc_number,issuing_body,county,city,year,start_date,end_date,notice_date,addressees,"
                          u"notice_body,bureau_phone,bureau_email,city_phone,city_email,template_name"),
        byId(u"office", u"campaign_id,seq,name,email,phone"),
        byId(u"phase", u"campaign_id,seq,name,start_date,end_date,description"),
        byId(u"deadline", u"campaign_id,seq,title,deliverable,reporter,reporter_office,recipient_office,recurrence,"
                          u"day_of_month,first_period,last_period,due_date"),
        byId(u"report", u"campaign_id,form,unit_key,period,submitted_on,source,source_file"),
        {QStringLiteral("figure"), split(u"report_id,column_no"), QStringLiteral(":"),
         split(u"report_id,column_no,number,text"), {}},
        byId(u"submission", u"campaign_id,deliverable,unit_key,period,submitted_on,note"),
        {QStringLiteral("submission_file"), {QStringLiteral("submission_id")}, QString(),
         split(u"submission_id,file_name,size,sha256"), {}},
        byId(u"period_lock", u"campaign_id,form,unit_key,period,locked_at,locked_by,unlocked_at,unlocked_by,"
                             u"unlock_reason,frozen_at"),
        byId(u"problem", u"campaign_id,institution_id,source,found_on,found_by,description,responsible,deadline,"
                         u"measures,state,note"),
        byId(u"problem_step", u"problem_id,from_state,to_state,done_on,done_by,note"),
        byId(u"problem_evidence", u"problem_id,stage,file_name,size,sha256,added_by"),
        byId(u"tipoff", u"campaign_id,received_on,channel,institution_id,summary,handler,state,conclusion,result,note"),
        byId(u"tipoff_step", u"tipoff_id,from_state,to_state,done_on,done_by,note"),
        // Who reported a tip-off stays out of the log (only whether it was anonymous), but a
        // change of it is still an entry.
        {QStringLiteral("tipoff_reporter"), {QStringLiteral("tipoff_id")}, QString(),
         split(u"tipoff_id,anonymous"), split(u"anonymous,name,contact,note")},
        byId(u"inspection", u"campaign_id,institution_id,inspected_on,method,inspectors,findings,interview,criticism,"
                            u"rectify_order,clues_transferred,funds_recovered,fined,other_measure,refund_yuan,"
                            u"recovered_yuan,fine_yuan,suspended_persons,revoked_persons,prosecuted_persons,note"),
        byId(u"case_record", u"campaign_id,institution_id,kind,held_on,title,persons,amount_yuan,reference,"
                             u"answered_on,note"),
        byId(u"supplier_interview", u"campaign_id,institution_id,supplier,held_on,pledge_signed,interviewer,note"),
        byId(u"supplier_blacklist", u"campaign_id,supplier,listed_on,reason,institution_id,note"),
        {QStringLiteral("figure_override"), split(u"campaign_id,form,unit_key,period,column_no"), QStringLiteral("|"),
         split(u"campaign_id,form,unit_key,period,column_no,reason,created_by"), {}},
        {QStringLiteral("campaign_work_plan"), {QStringLiteral("campaign_id")}, QString(), split(u"plan"), {}},
        byId(u"mail_account", u"name,office,address,imap_host,imap_port,imap_tls,smtp_host,smtp_port,smtp_tls,user_name,"
                              u"mailbox,ca_file"),
        // Each message sent (催报, 回执) is claimed and then settled here: both are entries.
        byId(u"mail_sent", u"campaign_id,unit_key,deliverable,period,kind,about_attachment,account_id,recipient,subject,"
                           u"message_id,state,detail,started_at,finished_at,sent_by"),
    };
    return tables;
}

} // namespace qf::AuditedTables
