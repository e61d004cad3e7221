create table risk (
    id              uuid primary key,
    project_id      uuid           not null references project (id),
    title           varchar(200)   not null,
    description     varchar(4000),
    category        varchar(16)    not null check (category in ('DATA_INTEGRITY', 'AVAILABILITY', 'SECURITY', 'SCHEDULE',
                                                                'COST', 'COMPLIANCE', 'PEOPLE', 'VENDOR', 'OTHER')),
    owner_username  varchar(100),
    status          varchar(12)    not null check (status in ('IDENTIFIED', 'MITIGATING', 'ACCEPTED', 'CLOSED', 'MATERIALIZED')),
    response        varchar(8)     not null check (response in ('AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT')),
    likelihood      smallint       not null check (likelihood between 1 and 5),
    impact          smallint       not null check (impact between 1 and 5),
    probability     numeric(7, 6)  not null check (probability between 0 and 1),
    loss_low        numeric(19, 2) not null check (loss_low > 0),
    loss_high       numeric(19, 2) not null,
    next_review_on  date,
    closed_reason   varchar(2000),
    version         bigint         not null default 0,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    constraint risk_loss_range check (loss_high >= loss_low),
    -- Heat-map score, kept by the database so the register can sort on it.
    score           smallint generated always as (likelihood * impact) stored,
    -- Inherent expected loss (PRODUCT.md section 4): probability x mean of the lognormal whose 5th and 95th
    -- percentiles are loss_low and loss_high. Computed in NUMERIC, so it is exact to the precision kept
    -- and one definition serves both display and sorting.
    expected_loss   numeric(25, 6) generated always as (
        round(probability * exp((ln(loss_low) + ln(loss_high)) / 2
                                + power((ln(loss_high) - ln(loss_low)) / (2 * 1.6449), 2) / 2), 6)
    ) stored
);
create index risk_project_expected_loss_idx on risk (project_id, expected_loss, id);
create index risk_project_score_idx on risk (project_id, score, id);
create index risk_project_updated_idx on risk (project_id, updated_at, id);
create index risk_project_review_idx on risk (project_id, (coalesce(next_review_on, date '9999-12-31')), id);

create trigger risk_history after insert or update on risk
    for each row execute function record_history();
create trigger risk_no_delete before delete on risk
    for each row execute function refuse_delete();
