-- Fewer indexes written per case (issue 18). Portable SQL: H2 2.x and PostgreSQL 15.
--
-- The engine keeps no history of variables any more (ProcessEngineBootstrap.HISTORY, "activity"): the level it
-- finds stored here must be the one it is configured with, or it refuses to start. A database whose engine has not
-- yet started has no level stored; the engine stores its own then. The variables' history kept so far stays until
-- its process's history goes with the case.
update act_ge_property set value_ = '1' where name_ = 'historyLevel' and value_ = '2';

-- (tenant_id, raised_at) is the start of ix_case_tenant_raised_id (tenant_id, raised_at, id), which serves every
-- query this one did; each new case wrote both.
drop index ix_case_tenant_raised;

-- The engine's history of each case's steps (about a dozen activity rows, three task rows and one process row per
-- case, each written when the step starts and again when it ends) kept, beside what the product reads, indexes for
-- the engine's web applications (Cockpit's statistics and history views, which the product does not ship), for the
-- engine's history cleanup by removal time (never scheduled: the product removes a case's engine history with the
-- case, by business key and process instance, EngineProcesses.forget) and for queries by tenant, definition key or
-- time that the product never makes. Kept: the primary keys and the indexes by process instance (what the product's
-- queries and the engine's deletes use), business key, and execution and activity (the engine's own lookups).
-- An engine upgrade whose scripts touch one of these indexes must say "if exists" or recreate it first.
drop index if exists act_idx_hi_act_inst_rm_time;
drop index if exists act_idx_hi_act_inst_tenant_id;
drop index if exists act_idx_hi_act_inst_proc_def_key;
drop index if exists act_idx_hi_act_inst_start_end;
drop index if exists act_idx_hi_act_inst_end;
drop index if exists act_idx_hi_ai_pdefid_end_time;
drop index if exists act_idx_hi_act_inst_stats;
drop index if exists act_idx_hi_actinst_root_pi;
drop index if exists act_idx_hi_task_inst_rm_time;
drop index if exists act_idx_hi_task_inst_tenant_id;
drop index if exists act_idx_hi_task_inst_proc_def_key;
drop index if exists act_idx_hi_task_inst_start;
drop index if exists act_idx_hi_task_inst_end;
drop index if exists act_idx_hi_taskinst_root_pi;
drop index if exists act_idx_hi_pro_inst_rm_time;
drop index if exists act_idx_hi_pro_inst_tenant_id;
drop index if exists act_idx_hi_pro_inst_proc_def_key;
drop index if exists act_idx_hi_pro_inst_end;
drop index if exists act_idx_hi_pro_inst_proc_time;
drop index if exists act_idx_hi_pi_pdefid_end_time;
drop index if exists act_idx_hi_pro_inst_root_pi;
drop index if exists act_idx_hi_pro_rst_pro_inst_id;
