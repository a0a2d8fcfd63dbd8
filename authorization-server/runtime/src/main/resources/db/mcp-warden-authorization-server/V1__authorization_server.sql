-- State of the built-in authorization server. Portable SQL (H2 and PostgreSQL); times are epoch seconds.
-- Secrets, authorization codes and refresh tokens are stored as SHA-256 hashes, never as issued.

CREATE TABLE warden_client (
    client_id VARCHAR(64) NOT NULL PRIMARY KEY,
    client_secret_hash VARCHAR(64),
    client_name VARCHAR(200) NOT NULL,
    redirect_uris VARCHAR(4000) NOT NULL,
    scope VARCHAR(2000) NOT NULL,
    token_endpoint_auth_method VARCHAR(40) NOT NULL,
    grant_types VARCHAR(200) NOT NULL,
    registered_from VARCHAR(64),
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL
);

CREATE TABLE warden_signing_key (
    kid VARCHAR(64) NOT NULL PRIMARY KEY,
    algorithm VARCHAR(16) NOT NULL,
    private_jwk VARCHAR(8000) NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);

CREATE TABLE warden_grant (
    grant_id VARCHAR(64) NOT NULL PRIMARY KEY,
    client_id VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    scope VARCHAR(2000) NOT NULL,
    resource VARCHAR(2000) NOT NULL,
    auth_time BIGINT NOT NULL,
    acr VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX warden_grant_client ON warden_grant (client_id);

CREATE TABLE warden_authorization_code (
    code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    grant_id VARCHAR(64) NOT NULL,
    redirect_uri VARCHAR(2000) NOT NULL,
    code_challenge VARCHAR(128) NOT NULL,
    expires_at BIGINT NOT NULL,
    redeemed BOOLEAN NOT NULL
);

CREATE TABLE warden_refresh_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    grant_id VARCHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL,
    used BOOLEAN NOT NULL
);
CREATE INDEX warden_refresh_token_grant ON warden_refresh_token (grant_id);

CREATE TABLE warden_consent (
    subject VARCHAR(200) NOT NULL,
    client_id VARCHAR(64) NOT NULL,
    scope VARCHAR(2000) NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (subject, client_id)
);
