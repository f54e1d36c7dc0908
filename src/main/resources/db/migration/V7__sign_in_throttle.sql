-- Failed sign-ins are counted per name tried, whether or not an account has that name, so that the answers never
-- tell which accounts exist; counting is one atomic statement, so parallel guesses are all counted.
CREATE TABLE sign_in_throttle (
    subject       VARCHAR(200) NOT NULL,   -- 'account:' + the name tried, in lower case
    failures      INT          NOT NULL,
    locked_until  DATETIME     NULL,       -- UTC
    updated_at    DATETIME     NOT NULL,   -- UTC
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (subject)
);

ALTER TABLE app_user DROP COLUMN failed_signins;
ALTER TABLE app_user DROP COLUMN locked_until;
