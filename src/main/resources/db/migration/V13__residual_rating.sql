-- Exact product of numerics: the residual factor left by mitigations, Π(1 − reduction), computed in SQL exactly as
-- InvestmentService.residualFactors computes it in Java (BigDecimal products, no rounding).
create aggregate numeric_product(numeric) (sfunc = numeric_mul, stype = numeric, initcond = '1');

-- Residual heat-map placement of an ordinal rating (ResidualLoss.residualRating): ceil(rating × factor left), within 1–5.
create function residual_rating(rating integer, factor_left numeric) returns integer
    language sql immutable as $$ select greatest(1, least(5, ceil(rating * factor_left)))::integer $$;
