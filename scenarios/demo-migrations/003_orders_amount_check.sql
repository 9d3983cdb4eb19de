-- Add the constraint NOT VALID (brief lock, no scan), then validate it under a weaker lock
-- that lets traffic through.
alter table orders add constraint orders_amount_positive check (amount_cents > 0) not valid;
alter table orders validate constraint orders_amount_positive;
