-- One definition of inherent expected loss everywhere: probability x loss_mean, exactly (6 + 6 decimals),
-- so a risk's expectedLoss, the economics totals and residual-loss arithmetic agree to the cent.
drop index risk_project_expected_loss_idx;
alter table risk drop column expected_loss;
alter table risk add column expected_loss numeric(31, 12) generated always as (
    probability * round(exp((ln(loss_low) + ln(loss_high)) / 2
                            + power((ln(loss_high) - ln(loss_low)) / (2 * 1.6449), 2) / 2), 6)
) stored;
create index risk_project_expected_loss_idx on risk (project_id, expected_loss, id);
