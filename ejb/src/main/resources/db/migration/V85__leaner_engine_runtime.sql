-- Fewer indexes written per case, on the engine's runtime tables (issue 18). Portable SQL: H2 2.x and PostgreSQL 15.
--
-- Each new case inserts a process execution, a triage task, its candidate-group link and a variable, and removes
-- them again as the case moves on; every index on those rows is written twice per step. These indexes serve
-- queries the product never makes and the engine makes only for features the product does not use:
--   tasks by owner or by last update (Tasklist's filters; the product's task queries are by process instance,
--   candidate group, assignee, tenant and creation time: EngineProcesses);
--   variables by tenant, and by task alone (act_idx_variable_task_name_type begins with the task and serves those
--   lookups);
--   executions by tenant (the product finds processes by id and business key);
--   identity links by user (the product's tasks are offered to candidate groups, never to candidate users).
-- On PostgreSQL the names are the engine's own; on H2 too.
drop index if exists act_idx_task_owner;
drop index if exists act_idx_task_last_updated;
drop index if exists act_idx_variable_tenant_id;
drop index if exists act_idx_variable_task_id;
drop index if exists act_idx_exec_tenant_id;
drop index if exists act_idx_ident_lnk_user;

-- The variables' reference to the batch that set them: the product starts no batches (the engine's bulk operations
-- over many processes), so the column is always empty. On H2 the index cannot be dropped while the key uses it.
alter table act_ru_variable drop constraint if exists act_fk_var_batch;
drop index if exists act_idx_batch_id;

-- The CMMN engine's references from tasks and variables to case executions and case definitions: the product
-- deploys no CMMN models, so these columns are always empty. On H2 each
-- foreign key owns an index that every task and variable row is written into; PostgreSQL has an index of the same
-- purpose beside each. The case engine's own tables stay, empty, as the engine's schema check expects them.
alter table act_ru_task drop constraint if exists act_fk_task_case_exe;
alter table act_ru_task drop constraint if exists act_fk_task_case_def;
alter table act_ru_variable drop constraint if exists act_fk_var_case_exe;
alter table act_ru_variable drop constraint if exists act_fk_var_case_inst;
drop index if exists act_idx_task_case_exec;
drop index if exists act_idx_task_case_def_id;
drop index if exists act_idx_var_case_exe;
drop index if exists act_idx_var_case_inst_id;
