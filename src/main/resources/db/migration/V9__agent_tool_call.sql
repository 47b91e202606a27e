-- The result of each tool the phone agent ran, keyed by the model's tool call id: a repeated
-- call id returns the stored result instead of running the tool twice (one order per confirm).
CREATE TABLE agent_tool_call (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL DEFAULT 0,
    restaurant_id BIGINT NOT NULL,
    call_id       VARCHAR(100) NOT NULL,
    tool          VARCHAR(60) NOT NULL,
    arguments     VARCHAR(8000),
    result        VARCHAR(8000) NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    CONSTRAINT fk_agent_tool_call_restaurant FOREIGN KEY (restaurant_id) REFERENCES restaurant (id),
    CONSTRAINT uq_agent_tool_call UNIQUE (restaurant_id, call_id)
);
CREATE INDEX ix_agent_tool_call_restaurant ON agent_tool_call (restaurant_id);
