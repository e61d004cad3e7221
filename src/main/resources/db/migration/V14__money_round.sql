-- Money as the API shows it: rounded half-even to cents, exactly as io.averted.shared.Money does in Java
-- (BigDecimal.setScale(2, HALF_EVEN)), so that the SQL read path (shared.graphql.SqlReads) answers the same amounts.
-- round() alone rounds ties away from zero; a tie (x × 200 odd) that round() took to odd cents goes back one cent.
-- Not STRICT, so that PostgreSQL inlines it (a null gives null all the same).
create function money_round(x numeric) returns numeric
    language sql immutable parallel safe as $$
    select round(x, 2) - case when abs(mod(x * 200, 2)) = 1 and mod(round(x * 100), 2) <> 0 then sign(x) * 0.01 else 0 end
$$;
