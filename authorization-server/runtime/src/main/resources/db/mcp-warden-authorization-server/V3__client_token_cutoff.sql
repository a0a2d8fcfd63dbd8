-- Operators may enable a disabled client again: the access tokens it was issued before it was disabled stay refused.
-- tokens_not_before is the first issue time (epoch seconds) of its tokens that are accepted.
ALTER TABLE warden_client ADD COLUMN tokens_not_before BIGINT;
