create table milestone (
    id            uuid primary key,
    project_id    uuid          not null references project (id),
    name          varchar(200)  not null,
    description   varchar(4000),
    kind          varchar(20)   not null check (kind in ('DATA_MIGRATION', 'SCHEMA_CHANGE', 'RESTORE_OR_FAILOVER', 'RELEASE', 'OTHER')),
    due_date      date          not null,
    status        varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'MISSED')),
    completed_at  timestamptz,
    completed_by  varchar(100),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint milestone_completion check ((status = 'DONE') = (completed_at is not null and completed_by is not null))
);
create index milestone_project_idx on milestone (project_id, due_date, id);

alter table risk add column milestone_id uuid references milestone (id);
create index risk_milestone_idx on risk (milestone_id);

-- Lessons learned, as data: the gates a milestone of each kind gets when it is created.
create table gate_template (
    id              integer generated always as identity primary key,
    milestone_kind  varchar(20)   not null,
    position        smallint      not null,
    gate_kind       varchar(24)   not null,
    name            varchar(200)  not null,
    criteria        varchar(4000) not null,
    blocking        boolean       not null,
    constraint gate_template_unique unique (milestone_kind, position)
);

insert into gate_template (milestone_kind, position, gate_kind, name, criteria, blocking) values
('DATA_MIGRATION', 1, 'DATA_RECONCILIATION', 'Data reconciliation',
 'Source and target row counts match, checksums match, a sampled field-by-field comparison finds no mismatches, and the source is confirmed to be production.', true),
('DATA_MIGRATION', 2, 'BACKUP_VERIFIED', 'Backup verified',
 'A backup of the target taken just before the load has been restored elsewhere and checked.', true),
('DATA_MIGRATION', 3, 'ROLLBACK_REHEARSED', 'Rollback rehearsed',
 'The rollback was rehearsed end to end on a copy, and its duration fits the window.', true),
('DATA_MIGRATION', 4, 'TARGET_CONFIRMED', 'Target confirmed as production',
 'A second person confirmed source and target by environment name and host before the run.', true),
('SCHEMA_CHANGE', 1, 'LOAD_REHEARSAL', 'Load-realistic rehearsal',
 'The change ran on a copy under production-like concurrent load; lock waits and duration were measured and are acceptable.', true),
('SCHEMA_CHANGE', 2, 'CHANGE_WINDOW', 'Change window outside peak season',
 'The window avoids seasonal and daily peaks (tax season, month end) and the business agreed to it.', true),
('SCHEMA_CHANGE', 3, 'PEER_REVIEW', 'Lock-impact review',
 'A reviewer checked which locks each statement takes and for how long, and whether an online alternative exists.', true),
('RESTORE_OR_FAILOVER', 1, 'TARGET_CONFIRMED', 'Target environment confirmed',
 'A second person confirmed the restore target by environment name and host; production only on purpose.', true),
('RESTORE_OR_FAILOVER', 2, 'BACKUP_VERIFIED', 'Restore point age',
 'The restore point is younger than the recovery point objective (e.g. 4 hours); its age is recorded as evidence.', true),
('RELEASE', 1, 'CHECKLIST_SIGNOFF', 'Release checklist signed off',
 'Every item of the release checklist is done and signed off by its owner.', true),
('RELEASE', 2, 'ROLLBACK_REHEARSED', 'Rollback plan tested',
 'The rollback plan has been tested on staging.', false);

create table quality_gate (
    id                          uuid primary key,
    project_id                  uuid          not null references project (id),
    milestone_id                uuid          not null references milestone (id),
    name                        varchar(200)  not null,
    kind                        varchar(24)   not null check (kind in ('DATA_RECONCILIATION', 'BACKUP_VERIFIED', 'ROLLBACK_REHEARSED',
                                                                      'TARGET_CONFIRMED', 'LOAD_REHEARSAL', 'CHANGE_WINDOW',
                                                                      'CHECKLIST_SIGNOFF', 'PEER_REVIEW', 'CUSTOM')),
    criteria                    varchar(4000),
    blocking                    boolean       not null,
    status                      varchar(8)    not null check (status in ('PENDING', 'PASSED', 'FAILED', 'WAIVED')),
    -- who or what set the current status, and when (a recorded result or a waiver)
    decided_by                  varchar(100),
    decided_at                  timestamptz,
    waiver_reason               varchar(2000),
    automated_by_investment_id  uuid,
    removed_at                  timestamptz,
    removed_by                  varchar(100),
    removal_reason              varchar(2000),
    version                     bigint        not null default 0,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    constraint quality_gate_waiver check ((status = 'WAIVED') = (waiver_reason is not null)),
    constraint quality_gate_decision check ((status = 'PENDING') = (decided_at is null))
);
create index quality_gate_milestone_idx on quality_gate (milestone_id);

-- Every result is kept: results and their measurements are never changed or deleted.
create table gate_result (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    project_id   uuid          not null references project (id),
    gate_id      uuid          not null references quality_gate (id),
    outcome      varchar(8)    not null check (outcome in ('PASSED', 'FAILED')),
    note         varchar(4000),
    link         varchar(2000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null default statement_timestamp()
);
create index gate_result_gate_idx on gate_result (gate_id, seq);

create table gate_measurement (
    id         bigint generated always as identity primary key,
    result_id  uuid          not null references gate_result (id),
    position   smallint      not null,
    name       varchar(200)  not null,
    value      numeric(30, 6) not null,
    unit       varchar(40),
    constraint gate_measurement_unique unique (result_id, position)
);

create function refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'rows of % are evidence: they are never changed or deleted', tg_table_name;
end;
$$;

create trigger milestone_history after insert or update on milestone
    for each row execute function record_history();
create trigger milestone_no_delete before delete on milestone
    for each row execute function refuse_delete();
create trigger quality_gate_history after insert or update on quality_gate
    for each row execute function record_history();
create trigger quality_gate_no_delete before delete on quality_gate
    for each row execute function refuse_delete();
create trigger gate_result_immutable before update or delete on gate_result
    for each row execute function refuse_change();
create trigger gate_measurement_immutable before update or delete on gate_measurement
    for each row execute function refuse_change();
