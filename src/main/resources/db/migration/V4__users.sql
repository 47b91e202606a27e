-- People who sign in, their restaurants, and their personal API tokens.
CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    language      VARCHAR(10)  NOT NULL DEFAULT 'fr',
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE membership (
    user_id       BIGINT NOT NULL,
    restaurant_id BIGINT NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (user_id, restaurant_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id) ON DELETE CASCADE
);
CREATE INDEX ix_membership_restaurant ON membership (restaurant_id);

CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
