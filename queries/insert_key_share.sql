-- Add one municipality's share to a new version of the distribution key.
-- Grain: one row inserted.
-- Params: $municipality_code varchar, $valid_from date, $share_pct decimal(5, 2).
insert into distribution_key (municipality_code, valid_from, share_pct)
values ($municipality_code, $valid_from, $share_pct)
