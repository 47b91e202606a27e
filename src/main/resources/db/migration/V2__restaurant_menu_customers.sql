-- Catalog: restaurants (hours, closures, delivery, kitchen), FAQ, menu (categories, items,
-- options, formulas) and customers. Runs unchanged on H2 2.3 and PostgreSQL 17.

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

-- Menu ------------------------------------------------------------------------------------------

CREATE TABLE menu_category (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    description VARCHAR(1000),
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    CONSTRAINT fk_menu_category_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_menu_category_restaurant ON menu_category (restaurant_id);

CREATE TABLE menu_item (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    price_cents BIGINT NOT NULL,
    available BOOLEAN NOT NULL,
    sold_out BOOLEAN NOT NULL,
    prep_minutes INTEGER,
    position INTEGER NOT NULL,
    CONSTRAINT fk_menu_item_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_menu_item_category FOREIGN KEY (category_id) REFERENCES menu_category (id),
    CONSTRAINT ck_menu_item_price CHECK (price_cents >= 0)
);
CREATE INDEX ix_menu_item_restaurant ON menu_item (restaurant_id);
CREATE INDEX ix_menu_item_category ON menu_item (category_id);

CREATE TABLE menu_item_allergen (
    menu_item_id BIGINT NOT NULL,
    allergen VARCHAR(20) NOT NULL,
    CONSTRAINT pk_menu_item_allergen PRIMARY KEY (menu_item_id, allergen),
    CONSTRAINT fk_allergen_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE
);

CREATE TABLE menu_option_group (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    menu_item_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(120) NOT NULL,
    min_choices INTEGER NOT NULL,
    max_choices INTEGER NOT NULL,
    CONSTRAINT fk_option_group_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id),
    CONSTRAINT ck_option_group_choices CHECK (min_choices >= 0 AND max_choices >= 1 AND min_choices <= max_choices)
);
CREATE INDEX ix_option_group_menu_item ON menu_option_group (menu_item_id);

CREATE TABLE menu_option (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    option_group_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(120) NOT NULL,
    price_delta_cents BIGINT NOT NULL,
    available BOOLEAN NOT NULL,
    CONSTRAINT fk_menu_option_group FOREIGN KEY (option_group_id) REFERENCES menu_option_group (id)
);
CREATE INDEX ix_menu_option_group ON menu_option (option_group_id);

CREATE TABLE formula (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    price_cents BIGINT NOT NULL,
    available BOOLEAN NOT NULL,
    CONSTRAINT fk_formula_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT ck_formula_price CHECK (price_cents >= 0)
);
CREATE INDEX ix_formula_restaurant ON formula (restaurant_id);

CREATE TABLE formula_slot (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    formula_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(120) NOT NULL,
    required BOOLEAN NOT NULL,
    CONSTRAINT fk_formula_slot_formula FOREIGN KEY (formula_id) REFERENCES formula (id)
);
CREATE INDEX ix_formula_slot_formula ON formula_slot (formula_id);

-- A deleted category or item simply stops being allowed in formula slots.
CREATE TABLE formula_slot_category (
    formula_slot_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    CONSTRAINT pk_formula_slot_category PRIMARY KEY (formula_slot_id, category_id),
    CONSTRAINT fk_slot_category_slot FOREIGN KEY (formula_slot_id) REFERENCES formula_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_slot_category_category FOREIGN KEY (category_id) REFERENCES menu_category (id) ON DELETE CASCADE
);
CREATE INDEX ix_slot_category_category ON formula_slot_category (category_id);

CREATE TABLE formula_slot_item (
    formula_slot_id BIGINT NOT NULL,
    menu_item_id BIGINT NOT NULL,
    CONSTRAINT pk_formula_slot_item PRIMARY KEY (formula_slot_id, menu_item_id),
    CONSTRAINT fk_slot_item_slot FOREIGN KEY (formula_slot_id) REFERENCES formula_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_slot_item_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_slot_item_menu_item ON formula_slot_item (menu_item_id);

-- Customers -------------------------------------------------------------------------------------

CREATE TABLE customer (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    phone VARCHAR(20) NOT NULL,
    first_name VARCHAR(100),
    last_name VARCHAR(100),
    email VARCHAR(254),
    allergies VARCHAR(1000),
    notes VARCHAR(2000),
    visit_count INTEGER NOT NULL,
    order_count INTEGER NOT NULL,
    last_order_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_customer_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT uq_customer_phone UNIQUE (restaurant_id, phone)
);

CREATE TABLE customer_address (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT NOT NULL,
    label VARCHAR(60),
    street VARCHAR(300) NOT NULL,
    postal_code VARCHAR(20) NOT NULL,
    city VARCHAR(120),
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    delivery_instructions VARCHAR(500),
    last_used_at TIMESTAMP,
    CONSTRAINT fk_customer_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_address_customer ON customer_address (customer_id);
