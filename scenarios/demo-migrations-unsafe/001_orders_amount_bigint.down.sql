alter table orders alter column amount_cents type integer;
