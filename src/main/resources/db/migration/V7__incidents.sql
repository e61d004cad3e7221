create table incident (
    id                      uuid primary key,
    project_id              uuid          not null references project (id),
    milestone_id            uuid          references milestone (id),
    title                   varchar(200)  not null,
    description             varchar(4000),
    severity                varchar(4)    not null check (severity in ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
    occurred_at             timestamptz   not null,
    detected_at             timestamptz   not null,
    resolved_at             timestamptz,
    data_lost_minutes       integer       check (data_lost_minutes >= 0),
    data_lost_records       bigint        check (data_lost_records >= 0),
    near_miss               boolean       not null default false,
    loss_avoided_by_luck    numeric(19, 2) check (loss_avoided_by_luck >= 0),
    reported_by             varchar(100)  not null,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    constraint incident_detected_after_occurred check (detected_at >= occurred_at),
    constraint incident_resolved_after_detected check (resolved_at is null or resolved_at >= detected_at),
    constraint incident_luck_only_for_near_miss check (near_miss or loss_avoided_by_luck is null)
);
create index incident_project_idx on incident (project_id, occurred_at, id);

-- The risks an incident materialized.
create table incident_risk (
    id           uuid primary key,
    project_id   uuid         not null references project (id),
    incident_id  uuid         not null references incident (id),
    risk_id      uuid         not null references risk (id),
    created_at   timestamptz  not null,
    constraint incident_risk_unique unique (incident_id, risk_id)
);
create index incident_risk_risk_idx on incident_risk (risk_id);

-- Typed losses, added as they become known. LABOR keeps the rate it was costed at, so a later rate
-- change never rewrites an old incident.
create table loss_item (
    id           uuid primary key,
    project_id   uuid           not null references project (id),
    incident_id  uuid           not null references incident (id),
    type         varchar(16)    not null check (type in ('LABOR', 'REVENUE', 'PENALTY', 'CUSTOMER_CREDIT', 'RECOVERY', 'DATA_LOSS', 'OTHER')),
    amount       numeric(19, 2) not null check (amount > 0),
    hours        numeric(10, 2) check (hours > 0),
    hourly_rate  numeric(19, 2) check (hourly_rate > 0),
    note         varchar(2000),
    recorded_by  varchar(100)   not null,
    created_at   timestamptz    not null,
    constraint loss_item_labor check ((type = 'LABOR') = (hours is not null and hourly_rate is not null)),
    constraint loss_item_labor_amount check (type <> 'LABOR' or amount = round(hours * hourly_rate, 2))
);
create index loss_item_incident_idx on loss_item (incident_id);

create table postmortem (
    id                    uuid primary key,
    project_id            uuid          not null references project (id),
    incident_id           uuid          not null references incident (id),
    status                varchar(10)   not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    summary               varchar(8000),
    impact                varchar(8000),
    root_causes           varchar(8000),
    contributing_factors  varchar(8000),
    what_went_well        varchar(8000),
    where_we_got_lucky    varchar(8000),
    no_action_reason      varchar(2000),
    published_at          timestamptz,
    published_by          varchar(100),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint postmortem_one_per_incident unique (incident_id),
    constraint postmortem_published check ((status = 'PUBLISHED') = (published_at is not null))
);

create table timeline_entry (
    id             uuid primary key,
    project_id     uuid          not null references project (id),
    postmortem_id  uuid          not null references postmortem (id),
    at             timestamptz   not null,
    description    varchar(2000) not null,
    recorded_by    varchar(100)  not null,
    created_at     timestamptz   not null
);
create index timeline_entry_postmortem_idx on timeline_entry (postmortem_id, at);

create table action_item (
    id                     uuid primary key,
    project_id             uuid          not null references project (id),
    incident_id            uuid          not null references incident (id),
    title                  varchar(200)  not null,
    owner_username         varchar(100),
    due_date               date,
    status                 varchar(8)    not null check (status in ('OPEN', 'DONE', 'DROPPED')),
    committed              boolean       not null default false,
    drop_reason            varchar(2000),
    completed_at           timestamptz,
    completed_by           varchar(100),
    -- the risk whose recurrence it should prevent, and what it became in the register
    target_risk_id         uuid          references risk (id),
    became_risk_id         uuid          references risk (id),
    became_gate_id         uuid          references quality_gate (id),
    became_investment_id   uuid,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    constraint action_item_dropped check ((status = 'DROPPED') = (drop_reason is not null)),
    constraint action_item_done check ((status = 'DONE') = (completed_at is not null))
);
create index action_item_incident_idx on action_item (incident_id);
create index action_item_open_idx on action_item (project_id, status, due_date);

create trigger incident_history after insert or update on incident for each row execute function record_history();
create trigger incident_no_delete before delete on incident for each row execute function refuse_delete();
create trigger incident_risk_history after insert or update on incident_risk for each row execute function record_history();
create trigger incident_risk_no_delete before delete on incident_risk for each row execute function refuse_delete();
create trigger loss_item_history after insert or update on loss_item for each row execute function record_history();
create trigger loss_item_no_delete before delete on loss_item for each row execute function refuse_delete();
create trigger postmortem_history after insert or update on postmortem for each row execute function record_history();
create trigger postmortem_no_delete before delete on postmortem for each row execute function refuse_delete();
create trigger timeline_entry_history after insert or update on timeline_entry for each row execute function record_history();
create trigger timeline_entry_no_delete before delete on timeline_entry for each row execute function refuse_delete();
create trigger action_item_history after insert or update on action_item for each row execute function record_history();
create trigger action_item_no_delete before delete on action_item for each row execute function refuse_delete();
