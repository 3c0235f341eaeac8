-- Who may sign in: a role, bound to a region (市州、县区) or an enterprise (企业填报员) unless it is a
-- province role. Passwords are stored as bcrypt hashes; five failed sign-ins lock the account for
-- fifteen minutes; a password given by an administrator must be changed at first sign-in.

CREATE TABLE app_user (
    username             text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$'),
    password_hash        text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('PROVINCE_ADMIN', 'PROVINCE_ANALYST', 'CITY', 'COUNTY', 'ENTERPRISE')),
    region_code          char(6),
    enterprise_code      char(18),
    must_change_password boolean NOT NULL,
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    enabled              boolean NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text NOT NULL,
    CHECK ((role IN ('CITY', 'COUNTY')) = (region_code IS NOT NULL)),
    CHECK ((role = 'ENTERPRISE') = (enterprise_code IS NOT NULL))
);

-- API tokens: the secret is shown once and stored as its SHA-256; a read token may only read.
CREATE TABLE api_token (
    id           bigserial PRIMARY KEY,
    username     text NOT NULL REFERENCES app_user (username),
    name         text NOT NULL,
    token_hash   char(64) NOT NULL UNIQUE,
    scope        text NOT NULL CHECK (scope IN ('read', 'write')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user ON api_token (username);
