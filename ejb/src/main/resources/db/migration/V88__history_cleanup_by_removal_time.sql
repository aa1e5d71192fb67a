-- The engine's history cleanup by removal time runs nightly now (issue 37, EngineSettings: 00:30-01:45, batch 500).
-- Migration 84 dropped the engine's removal-time indexes on the three history tables the product writes, when no
-- cleanup was scheduled. Without them every turn of the cleanup (up to 500 rows per table by removal_time_ <= ?) is
-- a full scan of each table: at national size (31 million history rows) a year's backlog was projected at ~25 min
-- and falling in rate as the tables grow; with them the same work is 18 times faster at a sixth of the CPU
-- (BENCHMARKS.md, "History cleanup"). Each row gets its removal time when written (strategy "start"), so the index
-- costs one entry per history row and is never updated afterwards. Portable SQL: H2 2.x and PostgreSQL 15.
create index if not exists act_idx_hi_act_inst_rm_time on act_hi_actinst (removal_time_);
create index if not exists act_idx_hi_task_inst_rm_time on act_hi_taskinst (removal_time_);
create index if not exists act_idx_hi_pro_inst_rm_time on act_hi_procinst (removal_time_);
