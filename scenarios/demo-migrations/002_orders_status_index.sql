-- CONCURRENTLY: reads and writes go on while the index builds (SHARE UPDATE EXCLUSIVE lock).
-- It cannot run inside a transaction; shipgate sees that and runs this file without one.
create index concurrently orders_status_created_at on orders (status, created_at);
