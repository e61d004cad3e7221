-- Preventive investments (tools, processes, drills) and the risks they mitigate (PRODUCT.md sections 3-4).

create table investment (
    id                  uuid primary key,
    project_id          uuid           not null references project (id),
    name                varchar(200)   not null check (btrim(name) <> ''),
    description         varchar(4000),
    kind                varchar(14)    not null check (kind in ('TOOL', 'PROCESS', 'TRAINING', 'STAFFING', 'INFRASTRUCTURE')),
    vendor              varchar(200),
    one_time_cost       numeric(19, 2) not null check (one_time_cost >= 0),
    annual_cost         numeric(19, 2) not null check (annual_cost >= 0),
    status              varchar(8)     not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'ACTIVE', 'RETIRED')),
    proposed_by         varchar(100)   not null,
    decided_by          varchar(100),
    decided_at          timestamptz,
    decision_rationale  varchar(4000),
    version             bigint         not null default 0,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    -- A proposal is undecided; anything past it carries the sponsor's decision: who, when and why.
    constraint investment_decision check (
        (status = 'PROPOSED' and decided_by is null and decided_at is null and decision_rationale is null)
        or (status <> 'PROPOSED' and decided_by is not null and decided_at is not null
            and decision_rationale is not null and btrim(decision_rationale) <> '')),
    -- Target of mitigation's composite foreign key: a mitigation stays inside its investment's project.
    constraint investment_id_project_key unique (id, project_id)
);
create index investment_project_created_idx on investment (project_id, created_at, id);

-- Target of mitigation's composite foreign key: a mitigation stays inside its risk's project.
alter table risk add constraint risk_id_project_key unique (id, project_id);

create table mitigation (
    id                     uuid primary key,
    project_id             uuid          not null references project (id),
    investment_id          uuid          not null,
    risk_id                uuid          not null,
    probability_reduction  numeric(7, 6) not null check (probability_reduction between 0 and 1),
    loss_reduction         numeric(7, 6) not null check (loss_reduction between 0 and 1),
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    constraint mitigation_unique unique (investment_id, risk_id),
    -- An investment mitigates only risks of its own project.
    constraint mitigation_investment_fk foreign key (investment_id, project_id) references investment (id, project_id),
    constraint mitigation_risk_fk foreign key (risk_id, project_id) references risk (id, project_id)
);
-- Lookups by investment use mitigation_unique; lookups by risk (Risk.mitigations, residual loss) use this.
create index mitigation_risk_idx on mitigation (risk_id, investment_id);

create trigger investment_history after insert or update on investment
    for each row execute function record_history();
create trigger investment_no_delete before delete on investment
    for each row execute function refuse_delete();
create trigger mitigation_history after insert or update on mitigation
    for each row execute function record_history();
create trigger mitigation_no_delete before delete on mitigation
    for each row execute function refuse_delete();
