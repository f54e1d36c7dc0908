-- Share links of the delegation report: ministry staff issue one for a delegation, with the report's filters, the
-- language it opens in and an expiry; whoever holds the link reads the report as a delegation guest (aggregates only,
-- small cells suppressed) until it expires or is revoked. Only a hash of the link's secret is kept.
CREATE TABLE report_share (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)${ascii} NOT NULL,   -- SHA-256 of the secret in the link, hexadecimal
    report      VARCHAR(32)  NOT NULL,
    filters     VARCHAR(1000) NOT NULL,      -- the report's query string, e.g. year=2025-2026&province=10
    locale      VARCHAR(16)  NOT NULL,
    label       VARCHAR(200) NOT NULL,       -- for whom, e.g. the delegation's name
    expires_at  DATETIME     NOT NULL,
    created_at  DATETIME     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    revoked_at  DATETIME,
    revoked_by  VARCHAR(64),
    CONSTRAINT pk_report_share PRIMARY KEY (id),
    CONSTRAINT uq_report_share_token UNIQUE (token_hash)
);
