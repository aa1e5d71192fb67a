-- Who may see a timeline entry besides the board (issue 5): BOARD_ONLY or SHARED_WITH_HR, stated by the service
-- that records the action (see uk.safeguardcases.domain.audit.Visibility for the decision, action by action).
-- Entries written from now on hash their visibility into the chain (hash_format 2); those written before keep
-- format 1, which did not, so their hashes stay valid. Portable SQL: H2 2.x and PostgreSQL 15.
alter table timeline_entry add column visibility varchar(20) default 'BOARD_ONLY' not null;
alter table timeline_entry add column hash_format integer default 1 not null;

-- The entries already written, by the same decision. Illegal imagery reported to the IWF / CEOP stays board-only.
update timeline_entry set visibility = 'SHARED_WITH_HR'
 where case_id is not null
   and action in ('Concern raised', 'Allegation recorded', 'Evidence captured', 'Evidence gathered',
                  'Content removal request sent', 'Co-operation request sent', 'Removal reminder sent',
                  'Removal request answered', 'Contest upheld', 'Contest rejected', 'More time given',
                  'More time refused', 'Co-operation recorded', 'Non-compliance recorded', 'Non-co-operation recorded',
                  'Removal verified', 'Outcome decided', 'Referral approved', 'Referred to the parent organisation',
                  'Referral pack sent', 'HR reminder sent', 'Referral acknowledged', 'Disciplinary outcome recorded',
                  'Appeal lodged', 'Appeal result recorded')
   and not (action = 'Evidence captured' and detail like '%illegal imagery reported%');

-- From now on every write says it (the entity always does).
alter table timeline_entry alter column visibility drop default;
alter table timeline_entry alter column hash_format drop default;
