-- Authentication in one round trip and outside any transaction (src/modules/auth/auth.service.ts):
-- the credential with its user, found by the hash of its secret. It runs as its owner (SECURITY
-- DEFINER), because the caller is not known yet and so has no scope that row-level security
-- would let see the row. It answers only for the exact hash of a secret, which only its holder has;
-- whether the credential is still valid is decided in TypeScript (auth.rules.ts). Its last use is
-- recorded at most once a minute. (users.credentials_ended_at arrives in migration 0004; PL/pgSQL
-- resolves columns when the function runs, not when it is created.)
CREATE OR REPLACE FUNCTION consort_credential(p_kind text, p_hash text, p_now timestamptz)
RETURNS TABLE (
  credential_id uuid,
  created_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  csrf_token text,
  user_id uuid,
  role text,
  partner_id uuid,
  email text,
  name text,
  active boolean,
  password_changed_at timestamptz,
  credentials_ended_at timestamptz
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
  IF p_kind = 'session' THEN
    UPDATE sessions SET last_seen_at = p_now
      WHERE token_hash = p_hash AND last_seen_at < p_now - interval '1 minute';
    RETURN QUERY
      SELECT s.id, s.created_at, s.expires_at, s.revoked_at, s.csrf_token,
             u.id, u.role, u.partner_id, u.email, u.name, u.active, u.password_changed_at,
             u.credentials_ended_at
        FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = p_hash;
  ELSIF p_kind = 'token' THEN
    UPDATE api_tokens SET last_used_at = p_now
      WHERE token_hash = p_hash AND (last_used_at IS NULL OR last_used_at < p_now - interval '1 minute');
    RETURN QUERY
      SELECT t.id, t.created_at, t.expires_at, t.revoked_at, NULL::text,
             u.id, u.role, u.partner_id, u.email, u.name, u.active, u.password_changed_at,
             u.credentials_ended_at
        FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = p_hash;
  END IF;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION consort_credential(text, text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION consort_credential(text, text, timestamptz) TO consort_app, consort_staff;
