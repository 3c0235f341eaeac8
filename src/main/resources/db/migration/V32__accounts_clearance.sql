-- Clearance (涉密资源查阅资格): a user vetted by a province administrator may read the details of
-- restricted resources (the shared-equipment directory's 受限 level). A row exists while the
-- clearance holds; granting and withdrawing are recorded in the audit log.
CREATE TABLE account_clearance (
    username   text PRIMARY KEY REFERENCES app_user (username),
    granted_by text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now()
);
