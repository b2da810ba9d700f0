-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5 on PostgreSQL: the audit trail of the ledgers (see 0005_ledger_audit.sql),
-- through version 3's qf_audit(). As there, the reporter of a tip-off and the content of
-- evidence files are never logged; a change of the reporter still leaves an entry.

CREATE TRIGGER audit_problem AFTER INSERT OR UPDATE OR DELETE ON problem
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,institution_id,source,found_on,found_by,description,responsible,deadline,measures,state,note', 'campaign_id,institution_id,source,found_on,found_by,description,responsible,deadline,measures,state,note');
CREATE TRIGGER audit_problem_step AFTER INSERT OR UPDATE OR DELETE ON problem_step
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'problem_id,from_state,to_state,done_on,done_by,note', 'problem_id,from_state,to_state,done_on,done_by,note');
CREATE TRIGGER audit_problem_evidence AFTER INSERT OR UPDATE OR DELETE ON problem_evidence
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'problem_id,stage,file_name,size,sha256,added_by', 'problem_id,stage,file_name,size,sha256,added_by');
CREATE TRIGGER audit_tipoff AFTER INSERT OR UPDATE OR DELETE ON tipoff
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,received_on,channel,institution_id,summary,handler,state,conclusion,result,note', 'campaign_id,received_on,channel,institution_id,summary,handler,state,conclusion,result,note');
CREATE TRIGGER audit_tipoff_step AFTER INSERT OR UPDATE OR DELETE ON tipoff_step
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'tipoff_id,from_state,to_state,done_on,done_by,note', 'tipoff_id,from_state,to_state,done_on,done_by,note');
CREATE TRIGGER audit_tipoff_reporter AFTER INSERT OR UPDATE OR DELETE ON tipoff_reporter
    FOR EACH ROW EXECUTE FUNCTION qf_audit('tipoff_id', '', 'tipoff_id,anonymous', 'anonymous,name,contact');
CREATE TRIGGER audit_inspection AFTER INSERT OR UPDATE OR DELETE ON inspection
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,institution_id,inspected_on,method,inspectors,findings,interview,criticism,rectify_order,clues_transferred,funds_recovered,fined,other_measure,refund_yuan,recovered_yuan,fine_yuan,suspended_persons,revoked_persons,prosecuted_persons,note', 'campaign_id,institution_id,inspected_on,method,inspectors,findings,interview,criticism,rectify_order,clues_transferred,funds_recovered,fined,other_measure,refund_yuan,recovered_yuan,fine_yuan,suspended_persons,revoked_persons,prosecuted_persons,note');
CREATE TRIGGER audit_case_record AFTER INSERT OR UPDATE OR DELETE ON case_record
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,institution_id,kind,held_on,title,persons,amount_yuan,reference,answered_on,note', 'campaign_id,institution_id,kind,held_on,title,persons,amount_yuan,reference,answered_on,note');
CREATE TRIGGER audit_supplier_interview AFTER INSERT OR UPDATE OR DELETE ON supplier_interview
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,institution_id,supplier,held_on,pledge_signed,interviewer,note', 'campaign_id,institution_id,supplier,held_on,pledge_signed,interviewer,note');
CREATE TRIGGER audit_supplier_blacklist AFTER INSERT OR UPDATE OR DELETE ON supplier_blacklist
    FOR EACH ROW EXECUTE FUNCTION qf_audit('id', '', 'campaign_id,supplier,listed_on,reason,institution_id,note', 'campaign_id,supplier,listed_on,reason,institution_id,note');
CREATE TRIGGER audit_figure_override AFTER INSERT OR UPDATE OR DELETE ON figure_override
    FOR EACH ROW EXECUTE FUNCTION qf_audit('campaign_id,form,unit_key,period,column_no', '|', 'campaign_id,form,unit_key,period,column_no,reason,created_by', 'campaign_id,form,unit_key,period,column_no,reason,created_by');
