-- Kitchen schedule: when the kitchen must have each order ready (promised time minus delivery
-- travel) and how many items it cooks for it, so a slot's load is one indexed range query.
-- Runs unchanged on H2 2.3 and PostgreSQL 17.
ALTER TABLE customer_order ADD COLUMN kitchen_due_at TIMESTAMP;
ALTER TABLE customer_order ADD COLUMN kitchen_items INTEGER NOT NULL DEFAULT 0;

UPDATE customer_order SET kitchen_due_at = promised_time;
UPDATE customer_order SET kitchen_items = (
    SELECT COALESCE(SUM(order_line.quantity), 0) FROM order_line WHERE order_line.order_id = customer_order.id);

CREATE INDEX ix_customer_order_restaurant_kitchen_due ON customer_order (restaurant_id, kitchen_due_at);
