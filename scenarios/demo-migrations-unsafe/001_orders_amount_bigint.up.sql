-- The playbook's story: a type change rewrites the whole table under ACCESS EXCLUSIVE.
-- Try it: shipgate migrate --migrations scenarios/demo-migrations-unsafe --dataset scenarios/demo.dataset.yaml --traffic
alter table orders alter column amount_cents type bigint;
