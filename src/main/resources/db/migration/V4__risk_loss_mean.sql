-- Mean loss of one occurrence: the lognormal mean for the 90% range lossLow-lossHigh (PRODUCT.md section 4).
-- Residual-loss arithmetic scales it, so it is kept beside expected_loss (= probability x this mean).
alter table risk add column loss_mean numeric(25, 6) generated always as (
    round(exp((ln(loss_low) + ln(loss_high)) / 2
              + power((ln(loss_high) - ln(loss_low)) / (2 * 1.6449), 2) / 2), 6)
) stored;

-- The history trigger ignores derived columns.
create or replace function record_history() returns trigger
    language plpgsql as
$$
declare
    actor    text := nullif(current_setting('averted.actor', true), '');
    derived  text[] := array['id', 'project_id', 'version', 'created_at', 'updated_at', 'expected_loss', 'score', 'loss_mean'];
    new_row  jsonb := to_jsonb(new) - derived;
    old_row  jsonb;
    diff     jsonb;
begin
    if actor is null then
        raise exception 'averted.actor is not set: every change must name who made it';
    end if;
    if tg_op = 'INSERT' then
        select coalesce(jsonb_object_agg(n.key, jsonb_build_object('before', null, 'after', n.value)), '{}')
          into diff
          from jsonb_each(new_row) n
         where n.value <> 'null'::jsonb;
    else
        old_row := to_jsonb(old) - derived;
        select jsonb_object_agg(n.key, jsonb_build_object('before', o.value, 'after', n.value))
          into diff
          from jsonb_each(new_row) n
          join jsonb_each(old_row) o using (key)
         where n.value is distinct from o.value;
        if diff is null then
            return new; -- nothing a person would call a change
        end if;
    end if;
    insert into history (project_id, entity, entity_id, operation, actor, changes)
    values (coalesce((to_jsonb(new) ->> 'project_id')::uuid, new.id), tg_table_name, new.id,
            case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end, actor, diff);
    return new;
end;
$$;
