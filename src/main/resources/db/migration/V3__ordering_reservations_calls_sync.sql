-- Operations: phone lines and calls, orders, dining setup and reservations, external sync.
-- Runs unchanged on H2 2.3 and PostgreSQL 17. Ids come from entity_seq (V1); instants are stored
-- as UTC wall-clock TIMESTAMPs; enums as VARCHAR names.

-- ---------------------------------------------------------------- calls
CREATE TABLE phone_line (
    id                           BIGINT PRIMARY KEY,
    version                      BIGINT NOT NULL DEFAULT 0,
    restaurant_id                BIGINT NOT NULL,
    phone_number                 VARCHAR(20) NOT NULL,
    display_name                 VARCHAR(100),
    mode                         VARCHAR(30) NOT NULL,
    enabled                      BOOLEAN NOT NULL DEFAULT TRUE,
    sip_registrar_host           VARCHAR(255),
    sip_port                     INTEGER,
    sip_transport                VARCHAR(10),
    sip_username                 VARCHAR(100),
    sip_auth_username            VARCHAR(100),
    sip_domain                   VARCHAR(255),
    sip_password_encrypted       VARCHAR(500),
    accept_unknown_sources       BOOLEAN NOT NULL DEFAULT FALSE,
    max_concurrent_calls         INTEGER NOT NULL DEFAULT 4,
    staff_transfer_number        VARCHAR(20),
    assistant_language           VARCHAR(10) NOT NULL DEFAULT 'fr',
    assistant_voice              VARCHAR(40),
    assistant_extra_instructions VARCHAR(4000),
    assistant_greeting           VARCHAR(1000),
    assistant_turn_detection     VARCHAR(20) NOT NULL DEFAULT 'SERVER_VAD',
    assistant_vad_threshold      DOUBLE PRECISION,
    assistant_silence_ms         INTEGER,
    assistant_eagerness          VARCHAR(10),
    last_error                   VARCHAR(1000),
    last_error_at                TIMESTAMP,
    CONSTRAINT uq_phone_line_number UNIQUE (phone_number),
    CONSTRAINT ck_phone_line_max_calls CHECK (max_concurrent_calls >= 1),
    CONSTRAINT fk_phone_line_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_phone_line_restaurant ON phone_line (restaurant_id);

CREATE TABLE phone_line_allowed_source (
    line_id        BIGINT NOT NULL,
    source_address VARCHAR(100) NOT NULL,
    CONSTRAINT pk_phone_line_allowed_source PRIMARY KEY (line_id, source_address),
    CONSTRAINT fk_phone_line_allowed_source_line FOREIGN KEY (line_id) REFERENCES phone_line (id)
);

CREATE TABLE phone_call (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT NOT NULL DEFAULT 0,
    restaurant_id      BIGINT NOT NULL,
    line_id            BIGINT,
    caller_number      VARCHAR(20),
    called_number      VARCHAR(40),
    direction          VARCHAR(10) NOT NULL,
    started_at         TIMESTAMP NOT NULL,
    answered_at        TIMESTAMP,
    ended_at           TIMESTAMP,
    outcome            VARCHAR(20) NOT NULL,
    sip_status         INTEGER,
    sip_reason         VARCHAR(200),
    latency_turn_count INTEGER NOT NULL DEFAULT 0,
    latency_avg_ms     INTEGER,
    latency_p95_ms     INTEGER,
    latency_max_ms     INTEGER,
    cost_micro_euros   BIGINT NOT NULL DEFAULT 0,
    order_id           BIGINT,
    reservation_id     BIGINT,
    is_test            BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_phone_call_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_phone_call_line FOREIGN KEY (line_id) REFERENCES phone_line (id)
);
CREATE INDEX ix_phone_call_restaurant_started ON phone_call (restaurant_id, started_at);
CREATE INDEX ix_phone_call_line ON phone_call (line_id);
CREATE INDEX ix_phone_call_caller ON phone_call (caller_number);
CREATE INDEX ix_phone_call_order ON phone_call (order_id);
CREATE INDEX ix_phone_call_reservation ON phone_call (reservation_id);

CREATE TABLE call_turn (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    call_id       BIGINT NOT NULL,
    turn_sequence INTEGER NOT NULL,
    speaker       VARCHAR(10) NOT NULL,
    content       VARCHAR(4000) NOT NULL,
    occurred_at   TIMESTAMP NOT NULL,
    CONSTRAINT uq_call_turn_sequence UNIQUE (call_id, turn_sequence),
    CONSTRAINT fk_call_turn_call FOREIGN KEY (call_id) REFERENCES phone_call (id)
);

CREATE TABLE call_tool_call (
    id             BIGINT PRIMARY KEY,
    version        BIGINT NOT NULL DEFAULT 0,
    call_id        BIGINT NOT NULL,
    call_sequence  INTEGER NOT NULL,
    tool_call_id   VARCHAR(100),
    tool_name      VARCHAR(100) NOT NULL,
    arguments_json VARCHAR(8000),
    result_json    VARCHAR(8000),
    occurred_at    TIMESTAMP NOT NULL,
    duration_ms    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_call_tool_call_sequence UNIQUE (call_id, call_sequence),
    CONSTRAINT fk_call_tool_call_call FOREIGN KEY (call_id) REFERENCES phone_call (id)
);
CREATE INDEX ix_call_tool_call_tool_call_id ON call_tool_call (tool_call_id);

CREATE TABLE message (
    id                     BIGINT PRIMARY KEY,
    version                BIGINT NOT NULL DEFAULT 0,
    restaurant_id          BIGINT NOT NULL,
    call_id                BIGINT,
    kind                   VARCHAR(20) NOT NULL,
    callback_number        VARCHAR(20),
    caller_name            VARCHAR(200),
    content                VARCHAR(4000),
    audio_path             VARCHAR(500),
    audio_duration_seconds INTEGER,
    handled                BOOLEAN NOT NULL DEFAULT FALSE,
    handled_at             TIMESTAMP,
    created_at             TIMESTAMP NOT NULL,
    CONSTRAINT fk_message_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_message_call FOREIGN KEY (call_id) REFERENCES phone_call (id)
);
CREATE INDEX ix_message_restaurant_handled ON message (restaurant_id, handled, created_at);
CREATE INDEX ix_message_call ON message (call_id);

-- ---------------------------------------------------------------- ordering
CREATE TABLE customer_order (
    id                    BIGINT PRIMARY KEY,
    version               BIGINT NOT NULL DEFAULT 0,
    restaurant_id         BIGINT NOT NULL,
    customer_id           BIGINT,
    call_id               BIGINT,
    order_type            VARCHAR(20) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    source                VARCHAR(20) NOT NULL,
    is_test               BOOLEAN NOT NULL DEFAULT FALSE,
    customer_name         VARCHAR(200),
    customer_phone        VARCHAR(20),
    delivery_street       VARCHAR(300),
    delivery_postal_code  VARCHAR(20),
    delivery_city         VARCHAR(120),
    delivery_latitude     DOUBLE PRECISION,
    delivery_longitude    DOUBLE PRECISION,
    delivery_instructions VARCHAR(500),
    subtotal_cents        BIGINT NOT NULL,
    delivery_fee_cents    BIGINT NOT NULL DEFAULT 0,
    total_cents           BIGINT NOT NULL,
    requested_time        TIMESTAMP,
    promised_time         TIMESTAMP,
    notes                 VARCHAR(1000),
    created_at            TIMESTAMP NOT NULL,
    accepted_at           TIMESTAMP,
    preparing_at          TIMESTAMP,
    ready_at              TIMESTAMP,
    out_for_delivery_at   TIMESTAMP,
    completed_at          TIMESTAMP,
    cancelled_at          TIMESTAMP,
    cancel_reason         VARCHAR(500),
    CONSTRAINT ck_customer_order_total CHECK (total_cents = subtotal_cents + delivery_fee_cents),
    CONSTRAINT ck_customer_order_delivery_address CHECK (order_type <> 'DELIVERY' OR delivery_street IS NOT NULL),
    CONSTRAINT fk_customer_order_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_order_call FOREIGN KEY (call_id) REFERENCES phone_call (id)
);
CREATE INDEX ix_customer_order_restaurant_created ON customer_order (restaurant_id, created_at);
CREATE INDEX ix_customer_order_restaurant_status ON customer_order (restaurant_id, status);
CREATE INDEX ix_customer_order_customer ON customer_order (customer_id);
CREATE INDEX ix_customer_order_call ON customer_order (call_id);

CREATE TABLE order_line (
    id               BIGINT PRIMARY KEY,
    version          BIGINT NOT NULL DEFAULT 0,
    order_id         BIGINT NOT NULL,
    line_position    INTEGER NOT NULL,
    menu_item_id     BIGINT,
    formula_id       BIGINT,
    name             VARCHAR(200) NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    quantity         INTEGER NOT NULL,
    notes            VARCHAR(500),
    CONSTRAINT ck_order_line_quantity CHECK (quantity >= 1),
    CONSTRAINT ck_order_line_reference CHECK (menu_item_id IS NOT NULL OR formula_id IS NOT NULL),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_order_line_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id),
    CONSTRAINT fk_order_line_formula FOREIGN KEY (formula_id) REFERENCES formula (id)
);
CREATE INDEX ix_order_line_order ON order_line (order_id);
CREATE INDEX ix_order_line_menu_item ON order_line (menu_item_id);
CREATE INDEX ix_order_line_formula ON order_line (formula_id);

-- Snapshots: option_id / item_id keep the menu's ids for reference, without a foreign key, so the
-- menu can be reorganised without touching past orders.
CREATE TABLE order_line_option (
    order_line_id     BIGINT NOT NULL,
    option_position   INTEGER NOT NULL,
    option_id         BIGINT,
    name              VARCHAR(200) NOT NULL,
    price_delta_cents BIGINT NOT NULL,
    CONSTRAINT pk_order_line_option PRIMARY KEY (order_line_id, option_position),
    CONSTRAINT fk_order_line_option_line FOREIGN KEY (order_line_id) REFERENCES order_line (id)
);

CREATE TABLE order_line_choice (
    order_line_id   BIGINT NOT NULL,
    choice_position INTEGER NOT NULL,
    slot_name       VARCHAR(100) NOT NULL,
    item_id         BIGINT,
    item_name       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_order_line_choice PRIMARY KEY (order_line_id, choice_position),
    CONSTRAINT fk_order_line_choice_line FOREIGN KEY (order_line_id) REFERENCES order_line (id)
);

-- ---------------------------------------------------------------- reservations
CREATE TABLE dining_service (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL DEFAULT 0,
    restaurant_id               BIGINT NOT NULL,
    name                        VARCHAR(100) NOT NULL,
    kind                        VARCHAR(20) NOT NULL,
    start_time                  TIME NOT NULL,
    last_seating                TIME NOT NULL,
    slot_interval_minutes       INTEGER NOT NULL,
    max_covers                  INTEGER NOT NULL,
    pacing_covers               INTEGER,
    default_duration_minutes    INTEGER NOT NULL,
    prepayment_required         BOOLEAN NOT NULL DEFAULT FALSE,
    prepayment_per_person_cents BIGINT NOT NULL DEFAULT 0,
    active                      BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_dining_service_interval CHECK (slot_interval_minutes > 0),
    CONSTRAINT ck_dining_service_covers CHECK (max_covers >= 1),
    CONSTRAINT fk_dining_service_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_dining_service_restaurant ON dining_service (restaurant_id);

CREATE TABLE dining_service_weekday (
    service_id BIGINT NOT NULL,
    weekday    VARCHAR(10) NOT NULL,
    CONSTRAINT pk_dining_service_weekday PRIMARY KEY (service_id, weekday),
    CONSTRAINT fk_dining_service_weekday_service FOREIGN KEY (service_id) REFERENCES dining_service (id)
);

CREATE TABLE dining_service_duration (
    service_id       BIGINT NOT NULL,
    max_party_size   INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    CONSTRAINT pk_dining_service_duration PRIMARY KEY (service_id, max_party_size),
    CONSTRAINT fk_dining_service_duration_service FOREIGN KEY (service_id) REFERENCES dining_service (id)
);

CREATE TABLE offer (
    id             BIGINT PRIMARY KEY,
    version        BIGINT NOT NULL DEFAULT 0,
    restaurant_id  BIGINT NOT NULL,
    name           VARCHAR(150) NOT NULL,
    description    VARCHAR(1000),
    valid_from     DATE,
    valid_to       DATE,
    min_party_size INTEGER NOT NULL DEFAULT 1,
    max_party_size INTEGER,
    formula_id     BIGINT,
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_offer_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_offer_formula FOREIGN KEY (formula_id) REFERENCES formula (id)
);
CREATE INDEX ix_offer_restaurant ON offer (restaurant_id);
CREATE INDEX ix_offer_formula ON offer (formula_id);

CREATE TABLE offer_weekday (
    offer_id BIGINT NOT NULL,
    weekday  VARCHAR(10) NOT NULL,
    CONSTRAINT pk_offer_weekday PRIMARY KEY (offer_id, weekday),
    CONSTRAINT fk_offer_weekday_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

CREATE TABLE offer_service (
    offer_id   BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    CONSTRAINT pk_offer_service PRIMARY KEY (offer_id, service_id),
    CONSTRAINT fk_offer_service_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_offer_service_service FOREIGN KEY (service_id) REFERENCES dining_service (id)
);
CREATE INDEX ix_offer_service_service ON offer_service (service_id);

CREATE TABLE dining_room (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    name          VARCHAR(100) NOT NULL,
    display_order INTEGER NOT NULL DEFAULT 0,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_dining_room_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_dining_room_restaurant ON dining_room (restaurant_id);

CREATE TABLE dining_table (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    room_id       BIGINT NOT NULL,
    label         VARCHAR(20) NOT NULL,
    min_covers    INTEGER NOT NULL,
    max_covers    INTEGER NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_dining_table_label UNIQUE (restaurant_id, label),
    CONSTRAINT ck_dining_table_covers CHECK (min_covers >= 1 AND max_covers >= min_covers),
    CONSTRAINT fk_dining_table_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_dining_table_room FOREIGN KEY (room_id) REFERENCES dining_room (id)
);
CREATE INDEX ix_dining_table_room ON dining_table (room_id);

CREATE TABLE dining_table_combination (
    table_id            BIGINT NOT NULL,
    combinable_table_id BIGINT NOT NULL,
    CONSTRAINT pk_dining_table_combination PRIMARY KEY (table_id, combinable_table_id),
    CONSTRAINT fk_dining_table_combination_table FOREIGN KEY (table_id) REFERENCES dining_table (id),
    CONSTRAINT fk_dining_table_combination_other FOREIGN KEY (combinable_table_id) REFERENCES dining_table (id)
);
CREATE INDEX ix_dining_table_combination_other ON dining_table_combination (combinable_table_id);

CREATE TABLE reservation (
    id               BIGINT PRIMARY KEY,
    version          BIGINT NOT NULL DEFAULT 0,
    restaurant_id    BIGINT NOT NULL,
    customer_id      BIGINT,
    service_id       BIGINT NOT NULL,
    offer_id         BIGINT,
    room_id          BIGINT,
    party_size       INTEGER NOT NULL,
    service_date     DATE NOT NULL,
    starts_at        TIMESTAMP NOT NULL,
    ends_at          TIMESTAMP NOT NULL,
    duration_minutes INTEGER NOT NULL,
    status           VARCHAR(20) NOT NULL,
    source           VARCHAR(20) NOT NULL,
    guest_name       VARCHAR(200) NOT NULL,
    guest_phone      VARCHAR(20),
    notes            VARCHAR(1000),
    created_at       TIMESTAMP NOT NULL,
    confirmed_at     TIMESTAMP,
    seated_at        TIMESTAMP,
    completed_at     TIMESTAMP,
    cancelled_at     TIMESTAMP,
    no_show_at       TIMESTAMP,
    cancel_reason    VARCHAR(500),
    external_ref     VARCHAR(100),
    CONSTRAINT ck_reservation_party_size CHECK (party_size >= 1),
    CONSTRAINT ck_reservation_span CHECK (ends_at > starts_at),
    CONSTRAINT fk_reservation_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_reservation_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_reservation_service FOREIGN KEY (service_id) REFERENCES dining_service (id),
    CONSTRAINT fk_reservation_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_reservation_room FOREIGN KEY (room_id) REFERENCES dining_room (id)
);
CREATE INDEX ix_reservation_restaurant_date ON reservation (restaurant_id, service_date);
CREATE INDEX ix_reservation_restaurant_starts ON reservation (restaurant_id, starts_at);
CREATE INDEX ix_reservation_customer ON reservation (customer_id);
CREATE INDEX ix_reservation_service ON reservation (service_id);
CREATE INDEX ix_reservation_offer ON reservation (offer_id);
CREATE INDEX ix_reservation_room ON reservation (room_id);
CREATE INDEX ix_reservation_external_ref ON reservation (external_ref);

CREATE TABLE reservation_table (
    reservation_id BIGINT NOT NULL,
    table_id       BIGINT NOT NULL,
    CONSTRAINT pk_reservation_table PRIMARY KEY (reservation_id, table_id),
    CONSTRAINT fk_reservation_table_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
    CONSTRAINT fk_reservation_table_table FOREIGN KEY (table_id) REFERENCES dining_table (id)
);
CREATE INDEX ix_reservation_table_table ON reservation_table (table_id);

CREATE TABLE external_load (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    service_id    BIGINT,
    load_date     DATE NOT NULL,
    slot_start    TIME,
    covers        INTEGER NOT NULL,
    platform      VARCHAR(40) NOT NULL,
    external_ref  VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    CONSTRAINT uq_external_load_ref UNIQUE (restaurant_id, platform, external_ref),
    CONSTRAINT ck_external_load_covers CHECK (covers >= 0),
    CONSTRAINT fk_external_load_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT fk_external_load_service FOREIGN KEY (service_id) REFERENCES dining_service (id)
);
CREATE INDEX ix_external_load_restaurant_date ON external_load (restaurant_id, load_date);
CREATE INDEX ix_external_load_service ON external_load (service_id);

-- Calls point at what they produced (created after those tables exist).
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_order FOREIGN KEY (order_id) REFERENCES customer_order (id);
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id);

-- ---------------------------------------------------------------- sync
CREATE TABLE sync_platform_config (
    id                       BIGINT PRIMARY KEY,
    version                  BIGINT NOT NULL DEFAULT 0,
    restaurant_id            BIGINT NOT NULL,
    platform                 VARCHAR(20) NOT NULL,
    enabled                  BOOLEAN NOT NULL DEFAULT FALSE,
    base_url                 VARCHAR(500),
    credentials_encrypted    VARCHAR(4000),
    webhook_secret_encrypted VARCHAR(1000),
    external_restaurant_id   VARCHAR(100),
    last_sync_at             TIMESTAMP,
    last_error               VARCHAR(2000),
    last_error_at            TIMESTAMP,
    CONSTRAINT uq_sync_platform_config UNIQUE (restaurant_id, platform),
    CONSTRAINT fk_sync_platform_config_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);

CREATE TABLE sync_external_mapping (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    platform      VARCHAR(20) NOT NULL,
    entity_type   VARCHAR(30) NOT NULL,
    local_id      BIGINT NOT NULL,
    external_id   VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    CONSTRAINT uq_sync_external_mapping_external UNIQUE (platform, entity_type, external_id),
    CONSTRAINT uq_sync_external_mapping_local UNIQUE (platform, entity_type, local_id),
    CONSTRAINT fk_sync_external_mapping_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_sync_external_mapping_restaurant ON sync_external_mapping (restaurant_id);

CREATE TABLE sync_log (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    platform      VARCHAR(20) NOT NULL,
    direction     VARCHAR(5) NOT NULL,
    entity_type   VARCHAR(30) NOT NULL,
    local_id      BIGINT,
    external_id   VARCHAR(100),
    status        VARCHAR(10) NOT NULL,
    message       VARCHAR(2000),
    occurred_at   TIMESTAMP NOT NULL,
    CONSTRAINT fk_sync_log_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id)
);
CREATE INDEX ix_sync_log_restaurant_at ON sync_log (restaurant_id, occurred_at);
