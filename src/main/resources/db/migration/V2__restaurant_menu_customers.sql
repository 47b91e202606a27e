-- Catalog: restaurants (hours, closures, delivery, kitchen), FAQ, menu (categories, items,
-- options, formulas) and customers. Runs unchanged on H2 2.3 and PostgreSQL 17.

-- EclipseLink reads a sequence value as the LAST id of a block of allocationSize (50): the
-- first NEXTVAL must be at least 49, or it refuses with "sequence setup incorrectly". V1 starts
-- at 1; start at 50 instead so the first block is ids 1..50. Harmless on a fresh database.
ALTER SEQUENCE entity_seq RESTART WITH 50;

-- Element collections (hours, closures, zones) hold value objects without ids: EclipseLink
-- deletes a row by matching all its columns, so the entities forbid duplicate values.

-- Restaurant ------------------------------------------------------------------------------------

CREATE TABLE restaurant (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(200) NOT NULL,
    slug VARCHAR(100),
    street VARCHAR(300),
    postal_code VARCHAR(20),
    city VARCHAR(120),
    country_code VARCHAR(2) NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    phone VARCHAR(20),
    email VARCHAR(254),
    time_zone VARCHAR(64) NOT NULL,
    language VARCHAR(8) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    active BOOLEAN NOT NULL,
    delivery_enabled BOOLEAN NOT NULL,
    delivery_radius_meters INTEGER NOT NULL,
    delivery_fee_cents BIGINT NOT NULL,
    delivery_minimum_order_cents BIGINT NOT NULL,
    free_delivery_threshold_cents BIGINT,
    kitchen_slot_minutes INTEGER NOT NULL,
    kitchen_max_orders_per_slot INTEGER NOT NULL,
    kitchen_max_items_per_slot INTEGER NOT NULL,
    kitchen_default_prep_minutes INTEGER NOT NULL,
    last_order_minutes_before_closing INTEGER NOT NULL,
    CONSTRAINT uq_restaurant_slug UNIQUE (slug)
);

CREATE TABLE restaurant_opening_hours (
    restaurant_id BIGINT NOT NULL,
    day_of_week VARCHAR(10) NOT NULL,
    opens TIME NOT NULL,
    closes TIME NOT NULL,
    CONSTRAINT fk_opening_hours_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id) ON DELETE CASCADE
);
CREATE INDEX ix_opening_hours_restaurant ON restaurant_opening_hours (restaurant_id);

CREATE TABLE restaurant_closure (
    restaurant_id BIGINT NOT NULL,
    from_date DATE NOT NULL,
    to_date DATE NOT NULL,
    reason VARCHAR(200),
    CONSTRAINT fk_closure_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id) ON DELETE CASCADE,
    CONSTRAINT ck_closure_dates CHECK (to_date >= from_date)
);
CREATE INDEX ix_closure_restaurant ON restaurant_closure (restaurant_id);

CREATE TABLE restaurant_delivery_zone (
    restaurant_id BIGINT NOT NULL,
    postal_code VARCHAR(20) NOT NULL,
    fee_cents BIGINT NOT NULL,
    minimum_order_cents BIGINT,
    CONSTRAINT fk_delivery_zone_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id) ON DELETE CASCADE
);
CREATE INDEX ix_delivery_zone_restaurant ON restaurant_delivery_zone (restaurant_id);

CREATE TABLE faq (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    question VARCHAR(500) NOT NULL,
    answer VARCHAR(2000),
    -- The call the agent learned it from; phone_call comes later (V3), so no foreign key here.
    learned_from_call_id BIGINT,
    approved BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_faq_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_faq_restaurant ON faq (restaurant_id);
