-- Completing or deleting a task reads the task's subtasks first (the engine's TaskManager.findTasksByParentTaskId:
-- select * from act_ru_task where parent_task_id_ = ?). The engine's own scripts give that column an index on SQL
-- Server only, so on H2 and PostgreSQL every step an officer, a senior or an HR partner completes read every open
-- task of every board: a thousand at a time in InvestigationBenchmark's triage, and at national scale one per open
-- case and more (issue 18). The product makes no subtasks, so the index holds only empty values, in one place.
-- Portable SQL: H2 2.x and PostgreSQL 15.
create index act_idx_task_parent_task_id on act_ru_task (parent_task_id_);
