-- Set the amount of one budget line of one year, adding the line when it is new.
-- Grain: one row inserted or updated.
-- Params: $year integer, $line varchar, $amount_eur decimal(12, 2), $indicative boolean.
insert into budget_line (year, line, amount_eur, indicative)
values ($year, $line, $amount_eur, $indicative)
on conflict (year, line) do update
set amount_eur = excluded.amount_eur, indicative = excluded.indicative
