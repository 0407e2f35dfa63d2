-- The two Spending Review periods were seeded (V4) before the audit triggers existed (V5), so the audit trail did
-- not say where they came from. Each period without an entry for its creation gets one now, dated when the seeding
-- migration ran and with no user's name, as every change made outside the app is recorded.
INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
SELECT coalesce((SELECT strftime('%Y-%m-%dT%H:%M:%f', installed_on, 'localtime')
                 FROM flyway_schema_history WHERE version = '4'),
                strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
       NULL, 'spending_review_period', CAST(period.id AS TEXT), 'INSERT',
       json_object('code', json_array(NULL, period.code),
                   'first_year', json_array(NULL, period.first_year),
                   'last_year', json_array(NULL, period.last_year))
FROM spending_review_period AS period
WHERE NOT EXISTS (SELECT 1 FROM audit_log
                  WHERE record_table = 'spending_review_period' AND record_id = CAST(period.id AS TEXT)
                    AND action = 'INSERT');
