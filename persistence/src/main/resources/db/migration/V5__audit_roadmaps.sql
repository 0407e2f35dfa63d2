-- Audit triggers for the roadmap tables (V4), written as decision 0007 describes: every table records each
-- create, change and delete in audit_log, in the same transaction.

-- indicator
CREATE TRIGGER indicator_audit_insert
AFTER INSERT ON indicator
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(NULL, NEW.roadmap_id),
                'name', json_array(NULL, NEW.name),
                'unit', json_array(NULL, NEW.unit),
                'direction', json_array(NULL, NEW.direction),
                'baseline', json_array(NULL, NEW.baseline),
                'target', json_array(NULL, NEW.target),
                'target_date', json_array(NULL, NEW.target_date))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER indicator_audit_update
AFTER UPDATE ON indicator
WHEN OLD.id IS NOT NEW.id
        OR OLD.roadmap_id IS NOT NEW.roadmap_id
        OR OLD.name IS NOT NEW.name
        OR OLD.unit IS NOT NEW.unit
        OR OLD.direction IS NOT NEW.direction
        OR OLD.baseline IS NOT NEW.baseline
        OR OLD.target IS NOT NEW.target
        OR OLD.target_date IS NOT NEW.target_date
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'roadmap_id', json_array(OLD.roadmap_id, NEW.roadmap_id),
                'name', json_array(OLD.name, NEW.name),
                'unit', json_array(OLD.unit, NEW.unit),
                'direction', json_array(OLD.direction, NEW.direction),
                'baseline', json_array(OLD.baseline, NEW.baseline),
                'target', json_array(OLD.target, NEW.target),
                'target_date', json_array(OLD.target_date, NEW.target_date))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER indicator_audit_delete
AFTER DELETE ON indicator
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(OLD.roadmap_id, NULL),
                'name', json_array(OLD.name, NULL),
                'unit', json_array(OLD.unit, NULL),
                'direction', json_array(OLD.direction, NULL),
                'baseline', json_array(OLD.baseline, NULL),
                'target', json_array(OLD.target, NULL),
                'target_date', json_array(OLD.target_date, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- indicator_reading
CREATE TRIGGER indicator_reading_audit_insert
AFTER INSERT ON indicator_reading
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator_reading', NEW.indicator_id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'year', json_array(NULL, NEW.year),
                'quarter', json_array(NULL, NEW.quarter),
                'value', json_array(NULL, NEW.value),
                'note', json_array(NULL, NEW.note))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER indicator_reading_audit_update
AFTER UPDATE ON indicator_reading
WHEN OLD.indicator_id IS NOT NEW.indicator_id
        OR OLD.year IS NOT NEW.year
        OR OLD.quarter IS NOT NEW.quarter
        OR OLD.value IS NOT NEW.value
        OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator_reading', NEW.indicator_id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'indicator_id', json_array(OLD.indicator_id, NEW.indicator_id),
                'year', json_array(OLD.year, NEW.year),
                'quarter', json_array(OLD.quarter, NEW.quarter),
                'value', json_array(OLD.value, NEW.value),
                'note', json_array(OLD.note, NEW.note))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER indicator_reading_audit_delete
AFTER DELETE ON indicator_reading
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'indicator_reading', OLD.indicator_id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'year', json_array(OLD.year, NULL),
                'quarter', json_array(OLD.quarter, NULL),
                'value', json_array(OLD.value, NULL),
                'note', json_array(OLD.note, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- milestone
CREATE TRIGGER milestone_audit_insert
AFTER INSERT ON milestone
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(NULL, NEW.roadmap_id),
                'title', json_array(NULL, NEW.title),
                'description', json_array(NULL, NEW.description),
                'owner', json_array(NULL, NEW.owner),
                'baseline_date', json_array(NULL, NEW.baseline_date),
                'forecast_date', json_array(NULL, NEW.forecast_date),
                'actual_date', json_array(NULL, NEW.actual_date),
                'status', json_array(NULL, NEW.status),
                'confidence', json_array(NULL, NEW.confidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_audit_update
AFTER UPDATE ON milestone
WHEN OLD.id IS NOT NEW.id
        OR OLD.roadmap_id IS NOT NEW.roadmap_id
        OR OLD.title IS NOT NEW.title
        OR OLD.description IS NOT NEW.description
        OR OLD.owner IS NOT NEW.owner
        OR OLD.baseline_date IS NOT NEW.baseline_date
        OR OLD.forecast_date IS NOT NEW.forecast_date
        OR OLD.actual_date IS NOT NEW.actual_date
        OR OLD.status IS NOT NEW.status
        OR OLD.confidence IS NOT NEW.confidence
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'roadmap_id', json_array(OLD.roadmap_id, NEW.roadmap_id),
                'title', json_array(OLD.title, NEW.title),
                'description', json_array(OLD.description, NEW.description),
                'owner', json_array(OLD.owner, NEW.owner),
                'baseline_date', json_array(OLD.baseline_date, NEW.baseline_date),
                'forecast_date', json_array(OLD.forecast_date, NEW.forecast_date),
                'actual_date', json_array(OLD.actual_date, NEW.actual_date),
                'status', json_array(OLD.status, NEW.status),
                'confidence', json_array(OLD.confidence, NEW.confidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_audit_delete
AFTER DELETE ON milestone
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(OLD.roadmap_id, NULL),
                'title', json_array(OLD.title, NULL),
                'description', json_array(OLD.description, NULL),
                'owner', json_array(OLD.owner, NULL),
                'baseline_date', json_array(OLD.baseline_date, NULL),
                'forecast_date', json_array(OLD.forecast_date, NULL),
                'actual_date', json_array(OLD.actual_date, NULL),
                'status', json_array(OLD.status, NULL),
                'confidence', json_array(OLD.confidence, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- milestone_change
CREATE TRIGGER milestone_change_audit_insert
AFTER INSERT ON milestone_change
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(NULL, NEW.milestone_id),
                'baseline_date', json_array(NULL, NEW.baseline_date),
                'forecast_date', json_array(NULL, NEW.forecast_date),
                'confidence', json_array(NULL, NEW.confidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_change_audit_update
AFTER UPDATE ON milestone_change
WHEN OLD.id IS NOT NEW.id
        OR OLD.milestone_id IS NOT NEW.milestone_id
        OR OLD.baseline_date IS NOT NEW.baseline_date
        OR OLD.forecast_date IS NOT NEW.forecast_date
        OR OLD.confidence IS NOT NEW.confidence
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'milestone_id', json_array(OLD.milestone_id, NEW.milestone_id),
                'baseline_date', json_array(OLD.baseline_date, NEW.baseline_date),
                'forecast_date', json_array(OLD.forecast_date, NEW.forecast_date),
                'confidence', json_array(OLD.confidence, NEW.confidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_change_audit_delete
AFTER DELETE ON milestone_change
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(OLD.milestone_id, NULL),
                'baseline_date', json_array(OLD.baseline_date, NULL),
                'forecast_date', json_array(OLD.forecast_date, NULL),
                'confidence', json_array(OLD.confidence, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- milestone_dependency
CREATE TRIGGER milestone_dependency_audit_insert
AFTER INSERT ON milestone_dependency
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_dependency', NEW.milestone_id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'depends_on_id', json_array(NULL, NEW.depends_on_id))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_dependency_audit_update
AFTER UPDATE ON milestone_dependency
WHEN OLD.milestone_id IS NOT NEW.milestone_id
        OR OLD.depends_on_id IS NOT NEW.depends_on_id
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_dependency', NEW.milestone_id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(OLD.milestone_id, NEW.milestone_id),
                'depends_on_id', json_array(OLD.depends_on_id, NEW.depends_on_id))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_dependency_audit_delete
AFTER DELETE ON milestone_dependency
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_dependency', OLD.milestone_id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'depends_on_id', json_array(OLD.depends_on_id, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- risk
CREATE TRIGGER risk_audit_insert
AFTER INSERT ON risk
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(NULL, NEW.roadmap_id),
                'title', json_array(NULL, NEW.title),
                'description', json_array(NULL, NEW.description),
                'owner', json_array(NULL, NEW.owner),
                'likelihood', json_array(NULL, NEW.likelihood),
                'impact', json_array(NULL, NEW.impact),
                'mitigation', json_array(NULL, NEW.mitigation),
                'status', json_array(NULL, NEW.status),
                'review_date', json_array(NULL, NEW.review_date))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER risk_audit_update
AFTER UPDATE ON risk
WHEN OLD.id IS NOT NEW.id
        OR OLD.roadmap_id IS NOT NEW.roadmap_id
        OR OLD.title IS NOT NEW.title
        OR OLD.description IS NOT NEW.description
        OR OLD.owner IS NOT NEW.owner
        OR OLD.likelihood IS NOT NEW.likelihood
        OR OLD.impact IS NOT NEW.impact
        OR OLD.mitigation IS NOT NEW.mitigation
        OR OLD.status IS NOT NEW.status
        OR OLD.review_date IS NOT NEW.review_date
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'roadmap_id', json_array(OLD.roadmap_id, NEW.roadmap_id),
                'title', json_array(OLD.title, NEW.title),
                'description', json_array(OLD.description, NEW.description),
                'owner', json_array(OLD.owner, NEW.owner),
                'likelihood', json_array(OLD.likelihood, NEW.likelihood),
                'impact', json_array(OLD.impact, NEW.impact),
                'mitigation', json_array(OLD.mitigation, NEW.mitigation),
                'status', json_array(OLD.status, NEW.status),
                'review_date', json_array(OLD.review_date, NEW.review_date))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER risk_audit_delete
AFTER DELETE ON risk
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(OLD.roadmap_id, NULL),
                'title', json_array(OLD.title, NULL),
                'description', json_array(OLD.description, NULL),
                'owner', json_array(OLD.owner, NULL),
                'likelihood', json_array(OLD.likelihood, NULL),
                'impact', json_array(OLD.impact, NULL),
                'mitigation', json_array(OLD.mitigation, NULL),
                'status', json_array(OLD.status, NULL),
                'review_date', json_array(OLD.review_date, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- risk_milestone
CREATE TRIGGER risk_milestone_audit_insert
AFTER INSERT ON risk_milestone
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk_milestone', NEW.risk_id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(NULL, NEW.milestone_id))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER risk_milestone_audit_update
AFTER UPDATE ON risk_milestone
WHEN OLD.risk_id IS NOT NEW.risk_id
        OR OLD.milestone_id IS NOT NEW.milestone_id
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk_milestone', NEW.risk_id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'risk_id', json_array(OLD.risk_id, NEW.risk_id),
                'milestone_id', json_array(OLD.milestone_id, NEW.milestone_id))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER risk_milestone_audit_delete
AFTER DELETE ON risk_milestone
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'risk_milestone', OLD.risk_id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(OLD.milestone_id, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- roadmap
CREATE TRIGGER roadmap_audit_insert
AFTER INSERT ON roadmap
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'organisation_id', json_array(NULL, NEW.organisation_id),
                'period_id', json_array(NULL, NEW.period_id),
                'strategy_title', json_array(NULL, NEW.strategy_title),
                'summary', json_array(NULL, NEW.summary),
                'link', json_array(NULL, NEW.link),
                'agreed_on', json_array(NULL, NEW.agreed_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER roadmap_audit_update
AFTER UPDATE ON roadmap
WHEN OLD.id IS NOT NEW.id
        OR OLD.organisation_id IS NOT NEW.organisation_id
        OR OLD.period_id IS NOT NEW.period_id
        OR OLD.strategy_title IS NOT NEW.strategy_title
        OR OLD.summary IS NOT NEW.summary
        OR OLD.link IS NOT NEW.link
        OR OLD.agreed_on IS NOT NEW.agreed_on
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'organisation_id', json_array(OLD.organisation_id, NEW.organisation_id),
                'period_id', json_array(OLD.period_id, NEW.period_id),
                'strategy_title', json_array(OLD.strategy_title, NEW.strategy_title),
                'summary', json_array(OLD.summary, NEW.summary),
                'link', json_array(OLD.link, NEW.link),
                'agreed_on', json_array(OLD.agreed_on, NEW.agreed_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER roadmap_audit_delete
AFTER DELETE ON roadmap
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'organisation_id', json_array(OLD.organisation_id, NULL),
                'period_id', json_array(OLD.period_id, NULL),
                'strategy_title', json_array(OLD.strategy_title, NULL),
                'summary', json_array(OLD.summary, NULL),
                'link', json_array(OLD.link, NULL),
                'agreed_on', json_array(OLD.agreed_on, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- spending_review_period
CREATE TRIGGER spending_review_period_audit_insert
AFTER INSERT ON spending_review_period
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'spending_review_period', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'code', json_array(NULL, NEW.code),
                'first_year', json_array(NULL, NEW.first_year),
                'last_year', json_array(NULL, NEW.last_year))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER spending_review_period_audit_update
AFTER UPDATE ON spending_review_period
WHEN OLD.id IS NOT NEW.id
        OR OLD.code IS NOT NEW.code
        OR OLD.first_year IS NOT NEW.first_year
        OR OLD.last_year IS NOT NEW.last_year
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'spending_review_period', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'code', json_array(OLD.code, NEW.code),
                'first_year', json_array(OLD.first_year, NEW.first_year),
                'last_year', json_array(OLD.last_year, NEW.last_year))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER spending_review_period_audit_delete
AFTER DELETE ON spending_review_period
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'spending_review_period', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'code', json_array(OLD.code, NULL),
                'first_year', json_array(OLD.first_year, NULL),
                'last_year', json_array(OLD.last_year, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;
