-- Money as the API shows it: rounded half-even to cents, exactly as io.averted.shared.Money does in Java
-- (BigDecimal.setScale(2, HALF_EVEN)), so that the SQL read path (shared.graphql.SqlReads) answers the same amounts.
-- round() alone rounds ties away from zero.
create function money_round(x numeric) returns numeric
    language sql immutable strict parallel safe as $$
    select case
        when abs(x * 100 - trunc(x * 100)) = 0.5 and mod(trunc(x * 100), 2) = 0 then round(trunc(x * 100) / 100, 2)
        else round(x, 2)
    end
$$;
