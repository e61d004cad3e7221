-- Gates automated by an investment, and action items that became an investment proposal, point at an
-- investment of their own project.
alter table quality_gate add constraint quality_gate_investment_fk
    foreign key (automated_by_investment_id, project_id) references investment (id, project_id);
alter table action_item add constraint action_item_investment_fk
    foreign key (became_investment_id, project_id) references investment (id, project_id);
create index quality_gate_investment_idx on quality_gate (automated_by_investment_id);
