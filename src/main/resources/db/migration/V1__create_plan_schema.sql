-- Documents and the citations that tie every record to a verbatim quote from one of them.
CREATE TABLE source_document (
    code         text PRIMARY KEY,
    file_name    text NOT NULL UNIQUE,
    title_zh     text NOT NULL,
    title_en     text NOT NULL,
    publisher_zh text,
    publisher_en text,
    year         int  NOT NULL,
    event_date   date,
    kind         text NOT NULL CHECK (kind IN ('PLAN', 'ARTICLES', 'NEWS', 'REVIEW')),
    summary_en   text NOT NULL
);

CREATE TABLE citation (
    id            text PRIMARY KEY,
    document_code text NOT NULL REFERENCES source_document,
    quote         text NOT NULL CHECK (quote <> ''),
    UNIQUE (document_code, quote)
);

-- Units as documents write them, with the conversion to a normalized unit where one exists.
CREATE TABLE unit (
    symbol            text PRIMARY KEY,
    name_en           text NOT NULL,
    normalized_symbol text,
    factor            numeric CHECK (factor > 0),
    CHECK ((normalized_symbol IS NULL) = (factor IS NULL))
);

-- Administrative divisions (GB/T 2260) and functional zones, as one tree.
CREATE TABLE region (
    code          text PRIMARY KEY,
    name_zh       text NOT NULL,
    short_name_zh text,
    name_en       text NOT NULL,
    kind          text NOT NULL,
    parent_code   text REFERENCES region,
    citation_id   text REFERENCES citation
);
CREATE INDEX region_parent_idx ON region (parent_code);

-- Plans, their programmes and their key tasks.
CREATE TABLE plan (
    code        text PRIMARY KEY,
    title_zh    text NOT NULL,
    title_en    text NOT NULL,
    issuer_zh   text NOT NULL,
    issuer_en   text NOT NULL,
    year        int  NOT NULL,
    region_code text NOT NULL REFERENCES region,
    summary_zh  text NOT NULL,
    summary_en  text NOT NULL,
    citation_id text NOT NULL REFERENCES citation
);

CREATE TABLE programme (
    id          text PRIMARY KEY,
    plan_code   text NOT NULL REFERENCES plan,
    ordinal     int  NOT NULL CHECK (ordinal > 0),
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    aim_zh      text NOT NULL,
    aim_en      text NOT NULL,
    citation_id text NOT NULL REFERENCES citation,
    UNIQUE (plan_code, ordinal)
);

CREATE TABLE task (
    id           text PRIMARY KEY,
    plan_code    text NOT NULL REFERENCES plan,
    programme_id text NOT NULL REFERENCES programme,
    ordinal      int  NOT NULL CHECK (ordinal > 0),
    title_zh     text NOT NULL,
    title_en     text NOT NULL,
    summary_zh   text NOT NULL,
    summary_en   text NOT NULL,
    citation_id  text NOT NULL REFERENCES citation,
    UNIQUE (plan_code, ordinal)
);
CREATE INDEX task_programme_idx ON task (programme_id);

CREATE TABLE task_region (
    task_id     text NOT NULL REFERENCES task,
    region_code text NOT NULL REFERENCES region,
    PRIMARY KEY (task_id, region_code)
);
CREATE INDEX task_region_region_idx ON task_region (region_code);

-- Parks and zones, with the industries a document says they focus on.
CREATE TABLE park (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    kind        text NOT NULL,
    level       text,
    region_code text REFERENCES region,
    citation_id text NOT NULL REFERENCES citation
);
CREATE INDEX park_region_idx ON park (region_code);

CREATE TABLE park_industry (
    park_code text NOT NULL REFERENCES park,
    position  int  NOT NULL,
    name_zh   text NOT NULL,
    name_en   text NOT NULL,
    PRIMARY KEY (park_code, position)
);

CREATE TABLE task_park (
    task_id   text NOT NULL REFERENCES task,
    park_code text NOT NULL REFERENCES park,
    PRIMARY KEY (task_id, park_code)
);
CREATE INDEX task_park_park_idx ON task_park (park_code);

-- KPIs: definitions, the targets set for them and the figures reported for them, each at the scope of a region
-- or a park.
CREATE TABLE indicator (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL UNIQUE,
    name_en     text NOT NULL,
    unit_symbol text REFERENCES unit,
    category    text NOT NULL,
    direction   text NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE'))
);

CREATE TABLE target (
    code           text PRIMARY KEY,
    indicator_code text    NOT NULL REFERENCES indicator,
    region_code    text REFERENCES region,
    park_code      text REFERENCES park,
    task_id        text REFERENCES task,
    comparator     text    NOT NULL CHECK (comparator IN ('GTE', 'LTE', 'APPROX', 'EQ')),
    form           text    NOT NULL CHECK (form IN ('LEVEL', 'CHANGE', 'DIFFERENCE', 'ANNUAL_GROWTH')),
    value          numeric NOT NULL,
    unit_symbol    text    NOT NULL REFERENCES unit,
    start_year     int,
    target_year    int     NOT NULL,
    baseline_value numeric,
    baseline_year  int,
    reference_zh   text,
    reference_en   text,
    aspirational   boolean NOT NULL DEFAULT false,
    note           text,
    citation_id    text    NOT NULL REFERENCES citation,
    CHECK (num_nonnulls(region_code, park_code) = 1),
    CHECK (start_year IS NULL OR start_year <= target_year),
    CHECK (form <> 'DIFFERENCE' OR reference_zh IS NOT NULL)
);
CREATE INDEX target_indicator_idx ON target (indicator_code);
CREATE INDEX target_region_idx ON target (region_code);
CREATE INDEX target_park_idx ON target (park_code);
CREATE INDEX target_task_idx ON target (task_id);

CREATE TABLE observation (
    code           text PRIMARY KEY,
    indicator_code text    NOT NULL REFERENCES indicator,
    region_code    text REFERENCES region,
    park_code      text REFERENCES park,
    year           int     NOT NULL,
    period_zh      text,
    kind           text    NOT NULL CHECK (kind IN ('ACTUAL', 'EXPECTED', 'ESTIMATE')),
    form           text    NOT NULL CHECK (form IN ('LEVEL', 'CHANGE', 'DIFFERENCE', 'ANNUAL_GROWTH')),
    value          numeric NOT NULL,
    unit_symbol    text    NOT NULL REFERENCES unit,
    note           text,
    citation_id    text    NOT NULL REFERENCES citation,
    CHECK (num_nonnulls(region_code, park_code) = 1)
);
CREATE INDEX observation_indicator_idx ON observation (indicator_code);
CREATE INDEX observation_region_idx ON observation (region_code);
CREATE INDEX observation_park_idx ON observation (park_code);

-- Which version of the dataset files the tables hold.
CREATE TABLE dataset_load (
    id        int PRIMARY KEY CHECK (id = 1),
    checksum  text        NOT NULL,
    loaded_at timestamptz NOT NULL
);
