-- PRODUCT.md section 4 now fixes z = Phi^-1(0.95) = 1.6448536269514722 exactly (it was rounded to 1.6449).
-- loss_mean and expected_loss are generated columns, so they are dropped and added again with the exact z;
-- PostgreSQL recomputes every stored row.
drop index risk_project_expected_loss_idx;
alter table risk drop column expected_loss;
alter table risk drop column loss_mean;
alter table risk add column loss_mean numeric(25, 6) generated always as (
    round(exp((ln(loss_low) + ln(loss_high)) / 2
              + power((ln(loss_high) - ln(loss_low)) / (2 * 1.6448536269514722), 2) / 2), 6)
) stored;
alter table risk add column expected_loss numeric(31, 12) generated always as (
    probability * round(exp((ln(loss_low) + ln(loss_high)) / 2
                            + power((ln(loss_high) - ln(loss_low)) / (2 * 1.6448536269514722), 2) / 2), 6)
) stored;
create index risk_project_expected_loss_idx on risk (project_id, expected_loss, id);
