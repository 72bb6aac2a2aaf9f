-- Webhook fan-out (src/modules/webhooks, docs/decisions/0055): every row written to the outbox
-- `domain_events` makes one pending delivery per enabled subscription whose event types match its
-- name, in the same transaction, so a delivery exists exactly when its change committed (a rolled
-- back change leaves neither event nor delivery), and no event is missed while no worker runs.
-- Patterns: the exact name, `<prefix>.*` (the name up to its last dot) or `*`. `webhook.test`
-- goes only to the subscription it names, enabled or not.
--
-- SECURITY DEFINER: it runs as the migration owner, because the writer of the event may be a
-- partner-scoped transaction (role consort_app), which row-level security keeps away from the
-- vendor's webhook tables. It reads only the new event's own columns and the subscriptions.
-- pg_notify is transactional: listeners (the dispatchers of every process on a PostgreSQL
-- server) hear it when the change commits, and never for a rollback.
CREATE OR REPLACE FUNCTION consort_webhook_fanout() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  made integer;
  prefix text := regexp_replace(NEW.name, '\.[^.]*$', '.*');
BEGIN
  INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, status, next_attempt_at, created_at, updated_at)
  SELECT s.id, NEW.id, NEW.name,
         jsonb_build_object(
           'type', NEW.name,
           'timestamp', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'data', jsonb_build_object(
             'id', NEW.id,
             'name', NEW.name,
             'entityType', NEW.entity_type,
             'entityId', NEW.entity_id,
             'partnerId', NEW.partner_id,
             'actorId', NEW.actor_id,
             'changedFields', to_jsonb(NEW.changed_fields),
             'data', NEW.data,
             'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
         'pending', clock_timestamp(), clock_timestamp(), clock_timestamp()
    FROM webhook_subscriptions s
   WHERE CASE WHEN NEW.name = 'webhook.test' THEN s.id::text = NEW.entity_id
              ELSE s.enabled AND (NEW.name = ANY (s.event_types) OR prefix = ANY (s.event_types) OR '*' = ANY (s.event_types))
         END;
  GET DIAGNOSTICS made = ROW_COUNT;
  IF made > 0 THEN
    PERFORM pg_notify('consort_webhooks', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION consort_webhook_fanout() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER domain_events_webhook_fanout AFTER INSERT ON domain_events
  FOR EACH ROW EXECUTE FUNCTION consort_webhook_fanout();
