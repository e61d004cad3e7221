-- The load benchmark's data set, deterministic (fixed seed): 1,000 projects, each with 10 milestones, 100 risks,
-- 20 investments mitigating 10 risks each (200 mitigations), 5 incidents with 2 losses and 1 materialized risk.
-- Totals: 1,000 projects, 10,000 milestones, 100,000 risks, 20,000 investments, 200,000 mitigations, 5,000 incidents.
-- maria is the manager and sam the sponsor of every project. History triggers are skipped (replica role): this is
-- generated data, not changes someone made.
set session_replication_role = replica;
select setseed(0.42);

insert into project (id, key, name, currency, status, version, created_at, updated_at)
select md5('project' || p)::uuid, 'P' || lpad(p::text, 4, '0'), 'Project ' || p,
       (array['USD', 'EUR', 'GBP'])[1 + p % 3], 'ACTIVE', 0, now(), now()
  from generate_series(1, 1000) p;

insert into project_member (id, project_id, username, display_name, role, version, created_at, updated_at)
select md5('member' || p || u)::uuid, md5('project' || p)::uuid, u, initcap(u),
       case u when 'maria' then 'MANAGER' else 'SPONSOR' end, 0, now(), now()
  from generate_series(1, 1000) p, unnest(array['maria', 'sam']) u;

insert into milestone (id, project_id, name, kind, due_date, status, version, created_at, updated_at)
select md5('milestone' || p || '-' || m)::uuid, md5('project' || p)::uuid, 'Milestone ' || m,
       (array['DATA_MIGRATION', 'SCHEMA_CHANGE', 'RESTORE_OR_FAILOVER', 'RELEASE', 'OTHER'])[1 + m % 5],
       date '2027-01-01' + (m * 14), 'PLANNED', 0, now(), now()
  from generate_series(1, 1000) p, generate_series(1, 10) m;

insert into risk (id, project_id, milestone_id, title, category, owner_username, status, response, likelihood, impact,
                  probability, loss_low, loss_high, version, created_at, updated_at)
select md5('risk' || p || '-' || r)::uuid, md5('project' || p)::uuid, md5('milestone' || p || '-' || (1 + r % 10))::uuid,
       'Risk ' || r || ' of project ' || p,
       (array['DATA_INTEGRITY', 'AVAILABILITY', 'SECURITY', 'SCHEDULE', 'COST', 'COMPLIANCE', 'PEOPLE', 'VENDOR', 'OTHER'])[1 + r % 9],
       'maria', (array['IDENTIFIED', 'MITIGATING', 'ACCEPTED', 'MATERIALIZED', 'IDENTIFIED'])[1 + r % 5],
       (array['AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT'])[1 + r % 4], 1 + r % 5, 1 + (r / 5) % 5,
       round((0.01 + random() * 0.5)::numeric, 6), low, round(low * (2 + random() * 40)::numeric, 2), 0,
       now() - (r || ' minutes')::interval, now()
  from generate_series(1, 1000) p, generate_series(1, 100) r,
       lateral (select round((1000 + random() * 49000 + 0 * r)::numeric, 2) as low) l;

insert into investment (id, project_id, name, kind, vendor, one_time_cost, annual_cost, status, proposed_by,
                        decided_by, decided_at, decision_rationale, version, created_at, updated_at)
select md5('investment' || p || '-' || i)::uuid, md5('project' || p)::uuid, 'Investment ' || i,
       (array['TOOL', 'PROCESS', 'TRAINING', 'STAFFING', 'INFRASTRUCTURE'])[1 + i % 5], 'Vendor ' || i % 7,
       round((random() * 20000)::numeric, 2), round((random() * 10000)::numeric, 2), s, 'maria',
       case when s = 'PROPOSED' then null else 'sam' end,
       case when s = 'PROPOSED' then null else timestamptz '2026-03-01' + (i || ' days')::interval end,
       case when s = 'PROPOSED' then null else 'Generated decision.' end, 0, now(), now()
  from generate_series(1, 1000) p, generate_series(1, 20) i,
       lateral (select (array['PROPOSED', 'APPROVED', 'REJECTED', 'ACTIVE', 'RETIRED'])[1 + i % 5] as s) st;

insert into mitigation (id, project_id, investment_id, risk_id, probability_reduction, loss_reduction, version, created_at, updated_at)
select md5('mitigation' || p || '-' || i || '-' || k)::uuid, md5('project' || p)::uuid, md5('investment' || p || '-' || i)::uuid,
       md5('risk' || p || '-' || (1 + (i * 10 + k * 7) % 100))::uuid,
       round((random() * 0.6)::numeric, 6), round((random() * 0.5)::numeric, 6), 0, now(), now()
  from generate_series(1, 1000) p, generate_series(1, 20) i, generate_series(0, 9) k;

insert into incident (id, project_id, milestone_id, title, severity, occurred_at, detected_at, resolved_at,
                      reported_by, version, created_at, updated_at)
select md5('incident' || p || '-' || n)::uuid, md5('project' || p)::uuid, md5('milestone' || p || '-' || n)::uuid,
       'Incident ' || n, (array['SEV1', 'SEV2', 'SEV3', 'SEV4'])[1 + n % 4],
       timestamptz '2026-04-01' + (n * 17 || ' days')::interval, timestamptz '2026-04-01' + (n * 17 || ' days 2 hours')::interval,
       timestamptz '2026-04-01' + (n * 17 || ' days 9 hours')::interval, 'maria', 0, now(), now()
  from generate_series(1, 1000) p, generate_series(1, 5) n;

insert into incident_risk (id, project_id, incident_id, risk_id, created_at)
select md5('incident_risk' || p || '-' || n)::uuid, md5('project' || p)::uuid, md5('incident' || p || '-' || n)::uuid,
       md5('risk' || p || '-' || (n * 11))::uuid, now()
  from generate_series(1, 1000) p, generate_series(1, 5) n;

insert into loss_item (id, project_id, incident_id, type, amount, hours, hourly_rate, recorded_by, created_at)
select md5('loss' || p || '-' || n || '-' || k)::uuid, md5('project' || p)::uuid, md5('incident' || p || '-' || n)::uuid,
       case k when 1 then 'LABOR' else 'REVENUE' end,
       case k when 1 then round(h * 95, 2) else round((500 + random() * 90000)::numeric, 2) end,
       case k when 1 then h end, case k when 1 then 95 end, 'maria', now()
  from generate_series(1, 1000) p, generate_series(1, 5) n, generate_series(1, 2) k,
       lateral (select round((1 + random() * 40 + 0 * (p + n + k))::numeric, 2) as h) hours;

set session_replication_role = origin;
analyze;
