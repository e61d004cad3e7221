create table project (
    id           uuid primary key,
    key          varchar(10)   not null,
    name         varchar(200)  not null,
    description  varchar(4000),
    currency     varchar(3)    not null check (currency ~ '^[A-Z]{3}$'),
    status       varchar(10)   not null check (status in ('PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
    start_date   date,
    target_date  date,
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    constraint project_key_unique unique (key),
    constraint project_key_format check (key ~ '^[A-Z][A-Z0-9]{1,9}$'),
    constraint project_dates check (target_date is null or start_date is null or target_date >= start_date)
);

create table project_member (
    id            uuid primary key,
    project_id    uuid          not null references project (id),
    username      varchar(100)  not null,
    display_name  varchar(200)  not null,
    role          varchar(12)   not null check (role in ('MANAGER', 'SPONSOR', 'CONTRIBUTOR', 'VIEWER')),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint project_member_unique unique (project_id, username)
);
create index project_member_username_idx on project_member (username);

create trigger project_history after insert or update on project
    for each row execute function record_history();
create trigger project_no_delete before delete on project
    for each row execute function refuse_delete();
create trigger project_member_history after insert or update on project_member
    for each row execute function record_history();
create trigger project_member_no_delete before delete on project_member
    for each row execute function refuse_delete();
