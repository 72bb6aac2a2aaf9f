-- Referral commissions are paid through the earnings ledger (decision 0186): every commission
-- already approved but not yet paid becomes one `referral` entry, payable at its approval, so the
-- next payout batch pays it. Paid commissions stay as they are (their payout already went out).
INSERT INTO "incentive_earnings" ("partner_id", "key", "kind", "deal_title", "rule", "base_amount", "amount", "currency", "close_date", "period", "payable_on", "accrued_at")
SELECT rc."partner_id",
       'referral:' || rc."id",
       'referral',
       'Referred customer ' || rc."customer_ref",
       'Referral commission',
       rc."base_amount",
       rc."amount",
       rc."currency",
       (coalesce(rc."approved_at", rc."updated_at") AT TIME ZONE 'UTC')::date,
       to_char(coalesce(rc."approved_at", rc."updated_at") AT TIME ZONE 'UTC', 'YYYY') || '-Q' || to_char(coalesce(rc."approved_at", rc."updated_at") AT TIME ZONE 'UTC', 'Q'),
       (coalesce(rc."approved_at", rc."updated_at") AT TIME ZONE 'UTC')::date,
       coalesce(rc."approved_at", rc."updated_at")
FROM "referral_commissions" rc
WHERE rc."status" = 'approved' AND rc."amount" > 0
ON CONFLICT ("key") DO NOTHING;
