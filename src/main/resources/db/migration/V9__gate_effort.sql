-- Cost of quality: what checking a gate cost (appraisal) and, for failed results, the rework it caused
-- (internal failure). The rate is kept with the result, like a loss item's.
alter table gate_result
    add column effort_hours numeric(10, 2) check (effort_hours >= 0),
    add column rework_hours numeric(10, 2) check (rework_hours >= 0),
    add column hourly_rate  numeric(19, 2) check (hourly_rate > 0),
    add constraint gate_result_rate_with_hours
        check ((effort_hours is null and rework_hours is null) or hourly_rate is not null),
    add constraint gate_result_rework_only_on_failure check (rework_hours is null or outcome = 'FAILED');
