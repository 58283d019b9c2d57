-- TOTP replay protection: the newest 30-second step whose code was accepted.
-- A code (or an older one still inside the clock-skew window) is refused after that.
ALTER TABLE "identity"."users" ADD COLUMN "mfa_last_used_step" INTEGER;
