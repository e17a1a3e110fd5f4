-- Faster archive search filters at a million records per force.
create index archive_record_outcome_idx on archive.record (force_id, outcome, occurred_at desc);
create index archive_record_categories_idx on archive.record using gin (categories);
-- The planner picks the time index for common words and the full-text index for rare ones from the word
-- statistics. A larger sample of the commonest words (10,000 rather than 1,000) makes a rare word look as rare as
-- it is, so it is not looked for by walking a force's whole archive in time order.
alter table archive.record alter column search set statistics 1000;
