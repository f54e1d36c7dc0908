-- Accounts, roles, province assignments and the append-only audit log.

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    locale          VARCHAR(16),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    expires_at      TIMESTAMP    NULL,
    failed_signins  INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP    NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'MINISTRY', 'OFFICER', 'DELEGATION'))
);

CREATE TABLE user_province (
    user_id        BIGINT     NOT NULL,
    province_code  VARCHAR(8) NOT NULL,
    CONSTRAINT pk_user_province PRIMARY KEY (user_id, province_code),
    CONSTRAINT fk_user_province_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_province_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE audit_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    at            TIMESTAMP    NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    entity        VARCHAR(40)  NOT NULL,
    entity_key    VARCHAR(64)  NOT NULL,
    before_state  TEXT,
    after_state   TEXT,
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_key);
CREATE INDEX ix_audit_at ON audit_log (at);
