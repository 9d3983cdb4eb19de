-- Safe on a big table since PostgreSQL 11: a constant default is stored in the catalog,
-- no rewrite; the ACCESS EXCLUSIVE lock is held only for a moment.
alter table customers add column loyalty_points integer not null default 0;
