-- Client ID Metadata Documents: a client_id may be the https URL of the client's metadata document.
-- Operators may disable a client: its tokens stop working and it cannot authorize again.
ALTER TABLE warden_client ALTER COLUMN client_id SET DATA TYPE VARCHAR(2000);
ALTER TABLE warden_grant ALTER COLUMN client_id SET DATA TYPE VARCHAR(2000);
ALTER TABLE warden_consent ALTER COLUMN client_id SET DATA TYPE VARCHAR(2000);
ALTER TABLE warden_client ADD COLUMN metadata_document BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE warden_client ADD COLUMN disabled_at BIGINT;
