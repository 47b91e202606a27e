-- VoiceOrder PostgreSQL schema, as built by the Flyway migrations in
-- src/main/resources/db/migration. Generated: do not edit by hand (see SchemaReferenceTest).

CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agent_tool_call (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    call_id character varying(100) NOT NULL,
    tool character varying(60) NOT NULL,
    arguments character varying(8000),
    result character varying(8000) NOT NULL,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE api_token (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    user_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    last_used_at timestamp without time zone,
    revoked boolean DEFAULT false NOT NULL
);

CREATE TABLE app_user (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    username character varying(100) NOT NULL,
    display_name character varying(200) NOT NULL,
    password_hash character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    language character varying(10) DEFAULT 'fr'::character varying NOT NULL
);

CREATE TABLE call_tool_call (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    call_id bigint NOT NULL,
    call_sequence integer NOT NULL,
    tool_call_id character varying(100),
    tool_name character varying(100) NOT NULL,
    arguments_json character varying(8000),
    result_json character varying(8000),
    occurred_at timestamp without time zone NOT NULL,
    duration_ms bigint DEFAULT 0 NOT NULL
);

CREATE TABLE call_turn (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    call_id bigint NOT NULL,
    turn_sequence integer NOT NULL,
    speaker character varying(10) NOT NULL,
    content character varying(4000) NOT NULL,
    occurred_at timestamp without time zone NOT NULL
);

CREATE TABLE customer (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    phone character varying(20) NOT NULL,
    first_name character varying(100),
    last_name character varying(100),
    email character varying(254),
    allergies character varying(1000),
    notes character varying(2000),
    visit_count integer NOT NULL,
    order_count integer NOT NULL,
    last_order_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE customer_address (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    customer_id bigint NOT NULL,
    label character varying(60),
    street character varying(300) NOT NULL,
    postal_code character varying(20) NOT NULL,
    city character varying(120),
    latitude double precision,
    longitude double precision,
    delivery_instructions character varying(500),
    last_used_at timestamp without time zone
);

CREATE TABLE customer_order (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    customer_id bigint,
    call_id bigint,
    order_type character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    source character varying(20) NOT NULL,
    is_test boolean DEFAULT false NOT NULL,
    customer_name character varying(200),
    customer_phone character varying(20),
    delivery_street character varying(300),
    delivery_postal_code character varying(20),
    delivery_city character varying(120),
    delivery_latitude double precision,
    delivery_longitude double precision,
    delivery_instructions character varying(500),
    subtotal_cents bigint NOT NULL,
    delivery_fee_cents bigint DEFAULT 0 NOT NULL,
    total_cents bigint NOT NULL,
    requested_time timestamp without time zone,
    promised_time timestamp without time zone,
    notes character varying(1000),
    created_at timestamp without time zone NOT NULL,
    accepted_at timestamp without time zone,
    preparing_at timestamp without time zone,
    ready_at timestamp without time zone,
    out_for_delivery_at timestamp without time zone,
    completed_at timestamp without time zone,
    cancelled_at timestamp without time zone,
    cancel_reason character varying(500),
    kitchen_due_at timestamp without time zone,
    kitchen_items integer DEFAULT 0 NOT NULL
);

CREATE TABLE dining_room (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    display_order integer DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL
);

CREATE TABLE dining_service (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(20) NOT NULL,
    start_time time without time zone NOT NULL,
    last_seating time without time zone NOT NULL,
    slot_interval_minutes integer NOT NULL,
    max_covers integer NOT NULL,
    pacing_covers integer,
    default_duration_minutes integer NOT NULL,
    prepayment_required boolean DEFAULT false NOT NULL,
    prepayment_per_person_cents bigint DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL
);

CREATE TABLE dining_service_duration (
    service_id bigint NOT NULL,
    max_party_size integer NOT NULL,
    duration_minutes integer NOT NULL
);

CREATE TABLE dining_service_weekday (
    service_id bigint NOT NULL,
    weekday character varying(10) NOT NULL
);

CREATE TABLE dining_table (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    room_id bigint NOT NULL,
    label character varying(20) NOT NULL,
    min_covers integer NOT NULL,
    max_covers integer NOT NULL,
    active boolean DEFAULT true NOT NULL
);

CREATE TABLE dining_table_combination (
    table_id bigint NOT NULL,
    combinable_table_id bigint NOT NULL
);

CREATE TABLE external_load (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    service_id bigint,
    load_date date NOT NULL,
    slot_start time without time zone,
    covers integer NOT NULL,
    platform character varying(40) NOT NULL,
    external_ref character varying(100) NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE faq (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    question character varying(500) NOT NULL,
    answer character varying(2000),
    learned_from_call_id bigint,
    approved boolean NOT NULL,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE formula (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(2000),
    price_cents bigint NOT NULL,
    available boolean NOT NULL
);

CREATE TABLE formula_slot (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    formula_id bigint NOT NULL,
    position integer NOT NULL,
    name character varying(120) NOT NULL,
    required boolean NOT NULL
);

CREATE TABLE formula_slot_category (
    formula_slot_id bigint NOT NULL,
    category_id bigint NOT NULL
);

CREATE TABLE formula_slot_item (
    formula_slot_id bigint NOT NULL,
    menu_item_id bigint NOT NULL
);

CREATE TABLE membership (
    user_id bigint NOT NULL,
    restaurant_id bigint NOT NULL
);

CREATE TABLE menu_category (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    name character varying(120) NOT NULL,
    description character varying(1000),
    position integer NOT NULL,
    active boolean NOT NULL
);

CREATE TABLE menu_item (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    category_id bigint NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(2000),
    price_cents bigint NOT NULL,
    available boolean NOT NULL,
    sold_out boolean NOT NULL,
    prep_minutes integer,
    position integer NOT NULL
);

CREATE TABLE menu_item_allergen (
    menu_item_id bigint NOT NULL,
    allergen character varying(20) NOT NULL
);

CREATE TABLE menu_option (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    option_group_id bigint NOT NULL,
    position integer NOT NULL,
    name character varying(120) NOT NULL,
    price_delta_cents bigint NOT NULL,
    available boolean NOT NULL
);

CREATE TABLE menu_option_group (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    menu_item_id bigint NOT NULL,
    position integer NOT NULL,
    name character varying(120) NOT NULL,
    min_choices integer NOT NULL,
    max_choices integer NOT NULL
);

CREATE TABLE message (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    call_id bigint,
    kind character varying(20) NOT NULL,
    callback_number character varying(20),
    caller_name character varying(200),
    content character varying(4000),
    audio_path character varying(500),
    audio_duration_seconds integer,
    handled boolean DEFAULT false NOT NULL,
    handled_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE offer (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    name character varying(150) NOT NULL,
    description character varying(1000),
    valid_from date,
    valid_to date,
    min_party_size integer DEFAULT 1 NOT NULL,
    max_party_size integer,
    formula_id bigint,
    active boolean DEFAULT true NOT NULL
);

CREATE TABLE offer_service (
    offer_id bigint NOT NULL,
    service_id bigint NOT NULL
);

CREATE TABLE offer_weekday (
    offer_id bigint NOT NULL,
    weekday character varying(10) NOT NULL
);

CREATE TABLE order_line (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    order_id bigint NOT NULL,
    line_position integer NOT NULL,
    menu_item_id bigint,
    formula_id bigint,
    name character varying(200) NOT NULL,
    unit_price_cents bigint NOT NULL,
    quantity integer NOT NULL,
    notes character varying(500)
);

CREATE TABLE order_line_choice (
    order_line_id bigint NOT NULL,
    choice_position integer NOT NULL,
    slot_name character varying(100) NOT NULL,
    item_id bigint,
    item_name character varying(200) NOT NULL
);

CREATE TABLE order_line_option (
    order_line_id bigint NOT NULL,
    option_position integer NOT NULL,
    option_id bigint,
    name character varying(200) NOT NULL,
    price_delta_cents bigint NOT NULL
);

CREATE TABLE phone_call (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    line_id bigint,
    caller_number character varying(20),
    called_number character varying(40),
    direction character varying(10) NOT NULL,
    started_at timestamp without time zone NOT NULL,
    answered_at timestamp without time zone,
    ended_at timestamp without time zone,
    outcome character varying(20) NOT NULL,
    sip_status integer,
    sip_reason character varying(200),
    latency_turn_count integer DEFAULT 0 NOT NULL,
    latency_avg_ms integer,
    latency_p95_ms integer,
    latency_max_ms integer,
    cost_micro_euros bigint DEFAULT 0 NOT NULL,
    order_id bigint,
    reservation_id bigint,
    is_test boolean DEFAULT false NOT NULL
);

CREATE TABLE phone_line (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    phone_number character varying(20) NOT NULL,
    display_name character varying(100),
    mode character varying(30) NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    sip_registrar_host character varying(255),
    sip_port integer,
    sip_transport character varying(10),
    sip_username character varying(100),
    sip_auth_username character varying(100),
    sip_domain character varying(255),
    sip_password_encrypted character varying(500),
    accept_unknown_sources boolean DEFAULT false NOT NULL,
    max_concurrent_calls integer DEFAULT 4 NOT NULL,
    staff_transfer_number character varying(20),
    assistant_language character varying(10) DEFAULT 'fr'::character varying NOT NULL,
    assistant_voice character varying(40),
    assistant_extra_instructions character varying(4000),
    assistant_greeting character varying(1000),
    assistant_turn_detection character varying(20) DEFAULT 'SERVER_VAD'::character varying NOT NULL,
    assistant_vad_threshold double precision,
    assistant_silence_ms integer,
    assistant_eagerness character varying(10),
    last_error character varying(1000),
    last_error_at timestamp without time zone
);

CREATE TABLE phone_line_allowed_source (
    line_id bigint NOT NULL,
    source_address character varying(100) NOT NULL
);

CREATE TABLE reservation (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    customer_id bigint,
    service_id bigint NOT NULL,
    offer_id bigint,
    room_id bigint,
    party_size integer NOT NULL,
    service_date date NOT NULL,
    starts_at timestamp without time zone NOT NULL,
    ends_at timestamp without time zone NOT NULL,
    duration_minutes integer NOT NULL,
    status character varying(20) NOT NULL,
    source character varying(20) NOT NULL,
    guest_name character varying(200) NOT NULL,
    guest_phone character varying(20),
    notes character varying(1000),
    created_at timestamp without time zone NOT NULL,
    confirmed_at timestamp without time zone,
    seated_at timestamp without time zone,
    completed_at timestamp without time zone,
    cancelled_at timestamp without time zone,
    no_show_at timestamp without time zone,
    cancel_reason character varying(500),
    external_ref character varying(100)
);

CREATE TABLE reservation_table (
    reservation_id bigint NOT NULL,
    table_id bigint NOT NULL
);

CREATE TABLE restaurant (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    name character varying(200) NOT NULL,
    slug character varying(100),
    street character varying(300),
    postal_code character varying(20),
    city character varying(120),
    country_code character varying(2) NOT NULL,
    latitude double precision,
    longitude double precision,
    phone character varying(20),
    email character varying(254),
    time_zone character varying(64) NOT NULL,
    language character varying(8) NOT NULL,
    currency character varying(3) NOT NULL,
    active boolean NOT NULL,
    delivery_enabled boolean NOT NULL,
    delivery_radius_meters integer NOT NULL,
    delivery_fee_cents bigint NOT NULL,
    delivery_minimum_order_cents bigint NOT NULL,
    free_delivery_threshold_cents bigint,
    kitchen_slot_minutes integer NOT NULL,
    kitchen_max_orders_per_slot integer NOT NULL,
    kitchen_max_items_per_slot integer NOT NULL,
    kitchen_default_prep_minutes integer NOT NULL,
    last_order_minutes_before_closing integer NOT NULL
);

CREATE TABLE restaurant_closure (
    restaurant_id bigint NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    reason character varying(200)
);

CREATE TABLE restaurant_delivery_zone (
    restaurant_id bigint NOT NULL,
    postal_code character varying(20) NOT NULL,
    fee_cents bigint NOT NULL,
    minimum_order_cents bigint
);

CREATE TABLE restaurant_opening_hours (
    restaurant_id bigint NOT NULL,
    day_of_week character varying(10) NOT NULL,
    opens time without time zone NOT NULL,
    closes time without time zone NOT NULL
);

CREATE TABLE sync_external_mapping (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    platform character varying(20) NOT NULL,
    entity_type character varying(30) NOT NULL,
    local_id bigint NOT NULL,
    external_id character varying(100) NOT NULL,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE sync_log (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    platform character varying(20) NOT NULL,
    direction character varying(5) NOT NULL,
    entity_type character varying(30) NOT NULL,
    local_id bigint,
    external_id character varying(100),
    status character varying(10) NOT NULL,
    message character varying(2000),
    occurred_at timestamp without time zone NOT NULL
);

CREATE TABLE sync_platform_config (
    id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    restaurant_id bigint NOT NULL,
    platform character varying(20) NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    base_url character varying(500),
    credentials_encrypted character varying(4000),
    webhook_secret_encrypted character varying(1000),
    external_restaurant_id character varying(100),
    last_sync_at timestamp without time zone,
    last_error character varying(2000),
    last_error_at timestamp without time zone
);

ALTER TABLE agent_tool_call ADD CONSTRAINT agent_tool_call_pkey PRIMARY KEY (id);
ALTER TABLE agent_tool_call ADD CONSTRAINT uq_agent_tool_call UNIQUE (restaurant_id, call_id);
ALTER TABLE api_token ADD CONSTRAINT api_token_pkey PRIMARY KEY (id);
ALTER TABLE api_token ADD CONSTRAINT uq_api_token_hash UNIQUE (token_hash);
ALTER TABLE app_user ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_username UNIQUE (username);
ALTER TABLE call_tool_call ADD CONSTRAINT call_tool_call_pkey PRIMARY KEY (id);
ALTER TABLE call_tool_call ADD CONSTRAINT uq_call_tool_call_sequence UNIQUE (call_id, call_sequence);
ALTER TABLE call_turn ADD CONSTRAINT call_turn_pkey PRIMARY KEY (id);
ALTER TABLE call_turn ADD CONSTRAINT uq_call_turn_sequence UNIQUE (call_id, turn_sequence);
ALTER TABLE customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE customer ADD CONSTRAINT uq_customer_phone UNIQUE (restaurant_id, phone);
ALTER TABLE customer_address ADD CONSTRAINT customer_address_pkey PRIMARY KEY (id);
ALTER TABLE customer_order ADD CONSTRAINT customer_order_pkey PRIMARY KEY (id);
ALTER TABLE customer_order ADD CONSTRAINT ck_customer_order_delivery_address CHECK ((((order_type)::text <> 'DELIVERY'::text) OR (delivery_street IS NOT NULL)));
ALTER TABLE customer_order ADD CONSTRAINT ck_customer_order_total CHECK ((total_cents = (subtotal_cents + delivery_fee_cents)));
ALTER TABLE dining_room ADD CONSTRAINT dining_room_pkey PRIMARY KEY (id);
ALTER TABLE dining_service ADD CONSTRAINT dining_service_pkey PRIMARY KEY (id);
ALTER TABLE dining_service ADD CONSTRAINT ck_dining_service_covers CHECK ((max_covers >= 1));
ALTER TABLE dining_service ADD CONSTRAINT ck_dining_service_interval CHECK ((slot_interval_minutes > 0));
ALTER TABLE dining_service_duration ADD CONSTRAINT pk_dining_service_duration PRIMARY KEY (service_id, max_party_size);
ALTER TABLE dining_service_weekday ADD CONSTRAINT pk_dining_service_weekday PRIMARY KEY (service_id, weekday);
ALTER TABLE dining_table ADD CONSTRAINT dining_table_pkey PRIMARY KEY (id);
ALTER TABLE dining_table ADD CONSTRAINT uq_dining_table_label UNIQUE (restaurant_id, label);
ALTER TABLE dining_table ADD CONSTRAINT ck_dining_table_covers CHECK (((min_covers >= 1) AND (max_covers >= min_covers)));
ALTER TABLE dining_table_combination ADD CONSTRAINT pk_dining_table_combination PRIMARY KEY (table_id, combinable_table_id);
ALTER TABLE external_load ADD CONSTRAINT external_load_pkey PRIMARY KEY (id);
ALTER TABLE external_load ADD CONSTRAINT uq_external_load_ref UNIQUE (restaurant_id, platform, external_ref);
ALTER TABLE external_load ADD CONSTRAINT ck_external_load_covers CHECK ((covers >= 0));
ALTER TABLE faq ADD CONSTRAINT faq_pkey PRIMARY KEY (id);
ALTER TABLE formula ADD CONSTRAINT formula_pkey PRIMARY KEY (id);
ALTER TABLE formula ADD CONSTRAINT ck_formula_price CHECK ((price_cents >= 0));
ALTER TABLE formula_slot ADD CONSTRAINT formula_slot_pkey PRIMARY KEY (id);
ALTER TABLE formula_slot_category ADD CONSTRAINT pk_formula_slot_category PRIMARY KEY (formula_slot_id, category_id);
ALTER TABLE formula_slot_item ADD CONSTRAINT pk_formula_slot_item PRIMARY KEY (formula_slot_id, menu_item_id);
ALTER TABLE membership ADD CONSTRAINT pk_membership PRIMARY KEY (user_id, restaurant_id);
ALTER TABLE menu_category ADD CONSTRAINT menu_category_pkey PRIMARY KEY (id);
ALTER TABLE menu_item ADD CONSTRAINT menu_item_pkey PRIMARY KEY (id);
ALTER TABLE menu_item ADD CONSTRAINT ck_menu_item_price CHECK ((price_cents >= 0));
ALTER TABLE menu_item_allergen ADD CONSTRAINT pk_menu_item_allergen PRIMARY KEY (menu_item_id, allergen);
ALTER TABLE menu_option ADD CONSTRAINT menu_option_pkey PRIMARY KEY (id);
ALTER TABLE menu_option_group ADD CONSTRAINT menu_option_group_pkey PRIMARY KEY (id);
ALTER TABLE menu_option_group ADD CONSTRAINT ck_option_group_choices CHECK (((min_choices >= 0) AND (max_choices >= 1) AND (min_choices <= max_choices)));
ALTER TABLE message ADD CONSTRAINT message_pkey PRIMARY KEY (id);
ALTER TABLE offer ADD CONSTRAINT offer_pkey PRIMARY KEY (id);
ALTER TABLE offer_service ADD CONSTRAINT pk_offer_service PRIMARY KEY (offer_id, service_id);
ALTER TABLE offer_weekday ADD CONSTRAINT pk_offer_weekday PRIMARY KEY (offer_id, weekday);
ALTER TABLE order_line ADD CONSTRAINT order_line_pkey PRIMARY KEY (id);
ALTER TABLE order_line ADD CONSTRAINT ck_order_line_quantity CHECK ((quantity >= 1));
ALTER TABLE order_line ADD CONSTRAINT ck_order_line_reference CHECK (((menu_item_id IS NOT NULL) OR (formula_id IS NOT NULL)));
ALTER TABLE order_line_choice ADD CONSTRAINT pk_order_line_choice PRIMARY KEY (order_line_id, choice_position);
ALTER TABLE order_line_option ADD CONSTRAINT pk_order_line_option PRIMARY KEY (order_line_id, option_position);
ALTER TABLE phone_call ADD CONSTRAINT phone_call_pkey PRIMARY KEY (id);
ALTER TABLE phone_line ADD CONSTRAINT phone_line_pkey PRIMARY KEY (id);
ALTER TABLE phone_line ADD CONSTRAINT uq_phone_line_number UNIQUE (phone_number);
ALTER TABLE phone_line ADD CONSTRAINT ck_phone_line_max_calls CHECK ((max_concurrent_calls >= 1));
ALTER TABLE phone_line_allowed_source ADD CONSTRAINT pk_phone_line_allowed_source PRIMARY KEY (line_id, source_address);
ALTER TABLE reservation ADD CONSTRAINT reservation_pkey PRIMARY KEY (id);
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_party_size CHECK ((party_size >= 1));
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_span CHECK ((ends_at > starts_at));
ALTER TABLE reservation_table ADD CONSTRAINT pk_reservation_table PRIMARY KEY (reservation_id, table_id);
ALTER TABLE restaurant ADD CONSTRAINT restaurant_pkey PRIMARY KEY (id);
ALTER TABLE restaurant ADD CONSTRAINT uq_restaurant_slug UNIQUE (slug);
ALTER TABLE restaurant_closure ADD CONSTRAINT ck_closure_dates CHECK ((to_date >= from_date));
ALTER TABLE sync_external_mapping ADD CONSTRAINT sync_external_mapping_pkey PRIMARY KEY (id);
ALTER TABLE sync_external_mapping ADD CONSTRAINT uq_sync_external_mapping_external UNIQUE (platform, entity_type, external_id);
ALTER TABLE sync_external_mapping ADD CONSTRAINT uq_sync_external_mapping_local UNIQUE (platform, entity_type, local_id);
ALTER TABLE sync_log ADD CONSTRAINT sync_log_pkey PRIMARY KEY (id);
ALTER TABLE sync_platform_config ADD CONSTRAINT sync_platform_config_pkey PRIMARY KEY (id);
ALTER TABLE sync_platform_config ADD CONSTRAINT uq_sync_platform_config UNIQUE (restaurant_id, platform);
ALTER TABLE agent_tool_call ADD CONSTRAINT fk_agent_tool_call_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE;
ALTER TABLE call_tool_call ADD CONSTRAINT fk_call_tool_call_call FOREIGN KEY (call_id) REFERENCES phone_call(id);
ALTER TABLE call_turn ADD CONSTRAINT fk_call_turn_call FOREIGN KEY (call_id) REFERENCES phone_call(id);
ALTER TABLE customer ADD CONSTRAINT fk_customer_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE customer_address ADD CONSTRAINT fk_customer_address_customer FOREIGN KEY (customer_id) REFERENCES customer(id);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_call FOREIGN KEY (call_id) REFERENCES phone_call(id);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer(id);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE dining_room ADD CONSTRAINT fk_dining_room_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE dining_service ADD CONSTRAINT fk_dining_service_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE dining_service_duration ADD CONSTRAINT fk_dining_service_duration_service FOREIGN KEY (service_id) REFERENCES dining_service(id);
ALTER TABLE dining_service_weekday ADD CONSTRAINT fk_dining_service_weekday_service FOREIGN KEY (service_id) REFERENCES dining_service(id);
ALTER TABLE dining_table ADD CONSTRAINT fk_dining_table_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE dining_table ADD CONSTRAINT fk_dining_table_room FOREIGN KEY (room_id) REFERENCES dining_room(id);
ALTER TABLE dining_table_combination ADD CONSTRAINT fk_dining_table_combination_other FOREIGN KEY (combinable_table_id) REFERENCES dining_table(id);
ALTER TABLE dining_table_combination ADD CONSTRAINT fk_dining_table_combination_table FOREIGN KEY (table_id) REFERENCES dining_table(id);
ALTER TABLE external_load ADD CONSTRAINT fk_external_load_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE external_load ADD CONSTRAINT fk_external_load_service FOREIGN KEY (service_id) REFERENCES dining_service(id);
ALTER TABLE faq ADD CONSTRAINT fk_faq_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE formula ADD CONSTRAINT fk_formula_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE formula_slot ADD CONSTRAINT fk_formula_slot_formula FOREIGN KEY (formula_id) REFERENCES formula(id);
ALTER TABLE formula_slot_category ADD CONSTRAINT fk_slot_category_category FOREIGN KEY (category_id) REFERENCES menu_category(id) ON DELETE CASCADE;
ALTER TABLE formula_slot_category ADD CONSTRAINT fk_slot_category_slot FOREIGN KEY (formula_slot_id) REFERENCES formula_slot(id) ON DELETE CASCADE;
ALTER TABLE formula_slot_item ADD CONSTRAINT fk_slot_item_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item(id) ON DELETE CASCADE;
ALTER TABLE formula_slot_item ADD CONSTRAINT fk_slot_item_slot FOREIGN KEY (formula_slot_id) REFERENCES formula_slot(id) ON DELETE CASCADE;
ALTER TABLE membership ADD CONSTRAINT fk_membership_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id) ON DELETE CASCADE;
ALTER TABLE membership ADD CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE;
ALTER TABLE menu_category ADD CONSTRAINT fk_menu_category_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE menu_item ADD CONSTRAINT fk_menu_item_category FOREIGN KEY (category_id) REFERENCES menu_category(id);
ALTER TABLE menu_item ADD CONSTRAINT fk_menu_item_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE menu_item_allergen ADD CONSTRAINT fk_allergen_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item(id) ON DELETE CASCADE;
ALTER TABLE menu_option ADD CONSTRAINT fk_menu_option_group FOREIGN KEY (option_group_id) REFERENCES menu_option_group(id);
ALTER TABLE menu_option_group ADD CONSTRAINT fk_option_group_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item(id);
ALTER TABLE message ADD CONSTRAINT fk_message_call FOREIGN KEY (call_id) REFERENCES phone_call(id);
ALTER TABLE message ADD CONSTRAINT fk_message_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE offer ADD CONSTRAINT fk_offer_formula FOREIGN KEY (formula_id) REFERENCES formula(id);
ALTER TABLE offer ADD CONSTRAINT fk_offer_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE offer_service ADD CONSTRAINT fk_offer_service_offer FOREIGN KEY (offer_id) REFERENCES offer(id);
ALTER TABLE offer_service ADD CONSTRAINT fk_offer_service_service FOREIGN KEY (service_id) REFERENCES dining_service(id);
ALTER TABLE offer_weekday ADD CONSTRAINT fk_offer_weekday_offer FOREIGN KEY (offer_id) REFERENCES offer(id);
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_formula FOREIGN KEY (formula_id) REFERENCES formula(id);
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item(id);
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order(id);
ALTER TABLE order_line_choice ADD CONSTRAINT fk_order_line_choice_line FOREIGN KEY (order_line_id) REFERENCES order_line(id);
ALTER TABLE order_line_option ADD CONSTRAINT fk_order_line_option_line FOREIGN KEY (order_line_id) REFERENCES order_line(id);
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_line FOREIGN KEY (line_id) REFERENCES phone_line(id);
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_order FOREIGN KEY (order_id) REFERENCES customer_order(id);
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_reservation FOREIGN KEY (reservation_id) REFERENCES reservation(id);
ALTER TABLE phone_call ADD CONSTRAINT fk_phone_call_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE phone_line ADD CONSTRAINT fk_phone_line_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE phone_line_allowed_source ADD CONSTRAINT fk_phone_line_allowed_source_line FOREIGN KEY (line_id) REFERENCES phone_line(id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_customer FOREIGN KEY (customer_id) REFERENCES customer(id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_offer FOREIGN KEY (offer_id) REFERENCES offer(id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_room FOREIGN KEY (room_id) REFERENCES dining_room(id);
ALTER TABLE reservation ADD CONSTRAINT fk_reservation_service FOREIGN KEY (service_id) REFERENCES dining_service(id);
ALTER TABLE reservation_table ADD CONSTRAINT fk_reservation_table_reservation FOREIGN KEY (reservation_id) REFERENCES reservation(id);
ALTER TABLE reservation_table ADD CONSTRAINT fk_reservation_table_table FOREIGN KEY (table_id) REFERENCES dining_table(id);
ALTER TABLE restaurant_closure ADD CONSTRAINT fk_closure_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id) ON DELETE CASCADE;
ALTER TABLE restaurant_delivery_zone ADD CONSTRAINT fk_delivery_zone_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id) ON DELETE CASCADE;
ALTER TABLE restaurant_opening_hours ADD CONSTRAINT fk_opening_hours_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id) ON DELETE CASCADE;
ALTER TABLE sync_external_mapping ADD CONSTRAINT fk_sync_external_mapping_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE sync_log ADD CONSTRAINT fk_sync_log_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);
ALTER TABLE sync_platform_config ADD CONSTRAINT fk_sync_platform_config_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant(id);

CREATE INDEX ix_agent_tool_call_restaurant ON public.agent_tool_call USING btree (restaurant_id);
CREATE INDEX ix_api_token_user ON public.api_token USING btree (user_id);
CREATE INDEX ix_call_tool_call_tool_call_id ON public.call_tool_call USING btree (tool_call_id);
CREATE INDEX ix_closure_restaurant ON public.restaurant_closure USING btree (restaurant_id);
CREATE INDEX ix_customer_address_customer ON public.customer_address USING btree (customer_id);
CREATE INDEX ix_customer_order_call ON public.customer_order USING btree (call_id);
CREATE INDEX ix_customer_order_customer ON public.customer_order USING btree (customer_id);
CREATE INDEX ix_customer_order_restaurant_created ON public.customer_order USING btree (restaurant_id, created_at);
CREATE INDEX ix_customer_order_restaurant_kitchen_due ON public.customer_order USING btree (restaurant_id, kitchen_due_at);
CREATE INDEX ix_customer_order_restaurant_status ON public.customer_order USING btree (restaurant_id, status);
CREATE INDEX ix_delivery_zone_restaurant ON public.restaurant_delivery_zone USING btree (restaurant_id);
CREATE INDEX ix_dining_room_restaurant ON public.dining_room USING btree (restaurant_id);
CREATE INDEX ix_dining_service_restaurant ON public.dining_service USING btree (restaurant_id);
CREATE INDEX ix_dining_table_combination_other ON public.dining_table_combination USING btree (combinable_table_id);
CREATE INDEX ix_dining_table_room ON public.dining_table USING btree (room_id);
CREATE INDEX ix_external_load_restaurant_date ON public.external_load USING btree (restaurant_id, load_date);
CREATE INDEX ix_external_load_service ON public.external_load USING btree (service_id);
CREATE INDEX ix_faq_restaurant ON public.faq USING btree (restaurant_id);
CREATE INDEX ix_formula_restaurant ON public.formula USING btree (restaurant_id);
CREATE INDEX ix_formula_slot_formula ON public.formula_slot USING btree (formula_id);
CREATE INDEX ix_membership_restaurant ON public.membership USING btree (restaurant_id);
CREATE INDEX ix_menu_category_restaurant ON public.menu_category USING btree (restaurant_id);
CREATE INDEX ix_menu_item_category ON public.menu_item USING btree (category_id);
CREATE INDEX ix_menu_item_restaurant ON public.menu_item USING btree (restaurant_id);
CREATE INDEX ix_menu_option_group ON public.menu_option USING btree (option_group_id);
CREATE INDEX ix_message_call ON public.message USING btree (call_id);
CREATE INDEX ix_message_restaurant_handled ON public.message USING btree (restaurant_id, handled, created_at);
CREATE INDEX ix_offer_formula ON public.offer USING btree (formula_id);
CREATE INDEX ix_offer_restaurant ON public.offer USING btree (restaurant_id);
CREATE INDEX ix_offer_service_service ON public.offer_service USING btree (service_id);
CREATE INDEX ix_opening_hours_restaurant ON public.restaurant_opening_hours USING btree (restaurant_id);
CREATE INDEX ix_option_group_menu_item ON public.menu_option_group USING btree (menu_item_id);
CREATE INDEX ix_order_line_formula ON public.order_line USING btree (formula_id);
CREATE INDEX ix_order_line_menu_item ON public.order_line USING btree (menu_item_id);
CREATE INDEX ix_order_line_order ON public.order_line USING btree (order_id);
CREATE INDEX ix_phone_call_caller ON public.phone_call USING btree (caller_number);
CREATE INDEX ix_phone_call_line ON public.phone_call USING btree (line_id);
CREATE INDEX ix_phone_call_order ON public.phone_call USING btree (order_id);
CREATE INDEX ix_phone_call_reservation ON public.phone_call USING btree (reservation_id);
CREATE INDEX ix_phone_call_restaurant_started ON public.phone_call USING btree (restaurant_id, started_at);
CREATE INDEX ix_phone_line_restaurant ON public.phone_line USING btree (restaurant_id);
CREATE INDEX ix_reservation_customer ON public.reservation USING btree (customer_id);
CREATE INDEX ix_reservation_external_ref ON public.reservation USING btree (external_ref);
CREATE INDEX ix_reservation_offer ON public.reservation USING btree (offer_id);
CREATE INDEX ix_reservation_restaurant_date ON public.reservation USING btree (restaurant_id, service_date);
CREATE INDEX ix_reservation_restaurant_phone_date ON public.reservation USING btree (restaurant_id, guest_phone, service_date);
CREATE INDEX ix_reservation_restaurant_starts ON public.reservation USING btree (restaurant_id, starts_at);
CREATE INDEX ix_reservation_restaurant_status_starts ON public.reservation USING btree (restaurant_id, status, starts_at);
CREATE INDEX ix_reservation_room ON public.reservation USING btree (room_id);
CREATE INDEX ix_reservation_service ON public.reservation USING btree (service_id);
CREATE INDEX ix_reservation_table_table ON public.reservation_table USING btree (table_id);
CREATE INDEX ix_slot_category_category ON public.formula_slot_category USING btree (category_id);
CREATE INDEX ix_slot_item_menu_item ON public.formula_slot_item USING btree (menu_item_id);
CREATE INDEX ix_sync_external_mapping_restaurant ON public.sync_external_mapping USING btree (restaurant_id);
CREATE INDEX ix_sync_log_restaurant_at ON public.sync_log USING btree (restaurant_id, occurred_at);
