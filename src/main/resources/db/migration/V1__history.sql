-- Every change to an audited table is kept here, in the same transaction, by a trigger.
-- The application names the actor per transaction: select set_config('averted.actor', 'maria', true).
create table history (
    id          bigint generated always as identity primary key,
    project_id  uuid         not null,
    entity      varchar(40)  not null,
    entity_id   uuid         not null,
    operation   varchar(10)  not null check (operation in ('CREATED', 'UPDATED')),
    actor       varchar(100) not null,
    at          timestamptz  not null default statement_timestamp(),
    changes     jsonb        not null
);
create index history_entity_idx on history (entity, entity_id, id);
create index history_project_idx on history (project_id, id);

-- Columns that are bookkeeping or derived from others are not "changes" a person made.
create function record_history() returns trigger
    language plpgsql as
$$
declare
    actor    text := nullif(current_setting('averted.actor', true), '');
    new_row  jsonb := to_jsonb(new) - 'id' - 'project_id' - 'version' - 'created_at' - 'updated_at'
                                    - 'expected_loss' - 'score';
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
        old_row := to_jsonb(old) - 'id' - 'project_id' - 'version' - 'created_at' - 'updated_at'
                                 - 'expected_loss' - 'score';
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

-- Nothing is hard-deleted: closing is a status, and history must stay complete.
create function refuse_delete() returns trigger
    language plpgsql as
$$
begin
    raise exception 'rows of % are never deleted; change their status instead', tg_table_name;
end;
$$;

create function refuse_history_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'history is append-only';
end;
$$;

create trigger history_append_only before update or delete on history
    for each row execute function refuse_history_change();
