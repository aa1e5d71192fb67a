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
