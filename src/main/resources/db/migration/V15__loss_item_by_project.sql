-- A project's incident loss is a sum over its loss items (EconomicsSums, and the SQL read path per project).
create index loss_item_project_idx on loss_item (project_id);
