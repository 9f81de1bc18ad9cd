-- Anonymous guide events: what was viewed or clicked, on which kind of device. No personal data.
CREATE TABLE guide_event (
    id INTEGER PRIMARY KEY,
    occurred_at_ms BIGINT NOT NULL,
    kind TEXT NOT NULL,
    flow_id TEXT,
    step INTEGER,
    platform TEXT NOT NULL,
    browser TEXT,
    locale TEXT NOT NULL
);

CREATE INDEX guide_event_occurred_at ON guide_event (occurred_at_ms);
