-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kartu schema 1: the whole domain of a civic-education programme.
-- Every record has an INTEGER PRIMARY KEY, a uuid, created_at and updated_at.
-- Dates are ISO 8601 (YYYY-MM-DD), timestamps ISO 8601 UTC, money int64 minor units + ISO 4217.

CREATE TABLE programme (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  uuid             TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name             TEXT NOT NULL CHECK (length (trim (name)) > 0),
  country          TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),
  default_currency TEXT NOT NULL CHECK (default_currency GLOB '[A-Z][A-Z][A-Z]'),
  starts_on        TEXT CHECK (starts_on IS NULL OR date (starts_on, '+0 days') IS starts_on),
  ends_on          TEXT CHECK (ends_on IS NULL OR date (ends_on, '+0 days') IS ends_on),
  issuer_name      TEXT,
  issuer_url       TEXT,
  issuer_email     TEXT,
  created_at       TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE municipality (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  country     TEXT NOT NULL CHECK (country GLOB '[A-Z][A-Z]'),
  code        TEXT CHECK (code IS NULL OR length (code) > 0),
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  native_name TEXT,
  latitude    REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude   REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  boundary    TEXT, -- GeoJSON geometry, optional
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (country, code),
  UNIQUE (country, name),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE TABLE organisation (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  kind            TEXT NOT NULL DEFAULT 'ngo'
                  CHECK (kind IN ('ngo', 'public_body', 'school', 'library', 'community_group',
                                  'university', 'business', 'other')),
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  email           TEXT,
  phone           TEXT,
  website         TEXT,
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX organisation_municipality ON organisation (municipality_id);

CREATE TABLE facilitator (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  full_name       TEXT NOT NULL CHECK (length (trim (full_name)) > 0),
  email           TEXT UNIQUE COLLATE NOCASE CHECK (email IS NULL OR email LIKE '_%@_%'),
  phone           TEXT,
  gender          TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')),
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'candidate'
                  CHECK (status IN ('candidate', 'in_training', 'active', 'paused', 'left')),
  consent_on      TEXT CHECK (consent_on IS NULL OR date (consent_on, '+0 days') IS consent_on),
  consent_purpose TEXT,
  notes           TEXT,
  photo           BLOB,
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX facilitator_municipality ON facilitator (municipality_id);
CREATE INDEX facilitator_organisation ON facilitator (organisation_id);

-- Languages a facilitator works in (ISO 639-1 codes).
CREATE TABLE facilitator_language (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
  language       TEXT NOT NULL CHECK (language GLOB '[a-z][a-z]' OR language GLOB '[a-z][a-z][a-z]'),
  created_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (facilitator_id, language)
);

-- Trainings and qualifications a facilitator holds.
CREATE TABLE training (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
  module         TEXT NOT NULL
                 CHECK (module IN ('identity_culture', 'intercultural_dialogue',
                                   'local_global_community', 'social_action_planning',
                                   'facilitation', 'other')),
  title          TEXT NOT NULL CHECK (length (trim (title)) > 0),
  provider       TEXT,
  completed_on   TEXT NOT NULL CHECK (date (completed_on, '+0 days') IS completed_on),
  expires_on     TEXT CHECK (expires_on IS NULL OR (date (expires_on, '+0 days') IS expires_on
                                                     AND expires_on > completed_on)),
  activity_id    INTEGER REFERENCES activity (id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX training_facilitator ON training (facilitator_id);

CREATE TABLE activity (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  kind                 TEXT NOT NULL
                       CHECK (kind IN ('facilitator_training', 'community_workshop', 'meeting',
                                       'study_visit', 'conference', 'social_action_event')),
  title                TEXT NOT NULL CHECK (length (trim (title)) > 0),
  starts_on            TEXT NOT NULL CHECK (date (starts_on, '+0 days') IS starts_on),
  ends_on              TEXT NOT NULL CHECK (date (ends_on, '+0 days') IS ends_on),
  municipality_id      INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  latitude             REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude            REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  venue                TEXT,
  participants_female  INTEGER NOT NULL DEFAULT 0 CHECK (participants_female >= 0),
  participants_male    INTEGER NOT NULL DEFAULT 0 CHECK (participants_male >= 0),
  participants_other   INTEGER NOT NULL DEFAULT 0 CHECK (participants_other >= 0),
  project_id           INTEGER REFERENCES project (id) ON DELETE SET NULL,
  notes                TEXT,
  created_at           TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at           TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (ends_on >= starts_on),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX activity_municipality ON activity (municipality_id);
CREATE INDEX activity_starts_on ON activity (starts_on);

-- Facilitators assigned to an activity.
CREATE TABLE assignment (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  activity_id    INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
  role           TEXT NOT NULL DEFAULT 'facilitator'
                 CHECK (role IN ('lead', 'facilitator', 'trainer', 'observer')),
  attended       INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
  created_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (activity_id, facilitator_id)
);
CREATE INDEX assignment_facilitator ON assignment (facilitator_id);

CREATE TABLE funding_round (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name       TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  opens_on   TEXT NOT NULL CHECK (date (opens_on, '+0 days') IS opens_on),
  closes_on  TEXT NOT NULL CHECK (date (closes_on, '+0 days') IS closes_on),
  notes      TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (closes_on >= opens_on)
);

-- A round's budget, one row per currency: totals are never summed across currencies.
CREATE TABLE round_budget (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  round_id     INTEGER NOT NULL REFERENCES funding_round (id) ON DELETE CASCADE,
  currency     TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  created_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (round_id, currency)
);

CREATE TABLE theme (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  code       TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z]*'),
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  position   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A social action project and its grant.
CREATE TABLE project (
  id                     INTEGER PRIMARY KEY,
  uuid                   TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  title                  TEXT NOT NULL CHECK (length (trim (title)) > 0),
  summary                TEXT,
  municipality_id        INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  latitude               REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude              REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  lead_facilitator_id    INTEGER REFERENCES facilitator (id) ON DELETE SET NULL,
  lead_organisation_id   INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  round_id               INTEGER REFERENCES funding_round (id) ON DELETE RESTRICT,
  status                 TEXT NOT NULL DEFAULT 'idea'
                         CHECK (status IN ('idea', 'submitted', 'under_review', 'approved',
                                           'contracted', 'in_progress', 'report_due', 'closed',
                                           'rejected', 'withdrawn')),
  currency               TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  requested_minor        INTEGER NOT NULL DEFAULT 0 CHECK (requested_minor >= 0),
  approved_minor         INTEGER CHECK (approved_minor IS NULL OR approved_minor >= 0),
  beneficiaries_targeted INTEGER CHECK (beneficiaries_targeted IS NULL OR beneficiaries_targeted >= 0),
  beneficiaries_reached  INTEGER CHECK (beneficiaries_reached IS NULL OR beneficiaries_reached >= 0),
  starts_on              TEXT CHECK (starts_on IS NULL OR date (starts_on, '+0 days') IS starts_on),
  ends_on                TEXT CHECK (ends_on IS NULL OR date (ends_on, '+0 days') IS ends_on),
  report_due_on          TEXT CHECK (report_due_on IS NULL OR date (report_due_on, '+0 days') IS report_due_on),
  notes                  TEXT,
  created_at             TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at             TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CHECK (approved_minor IS NOT NULL
         OR status IN ('idea', 'submitted', 'under_review', 'rejected', 'withdrawn'))
);
CREATE INDEX project_municipality ON project (municipality_id);
CREATE INDEX project_round ON project (round_id);
CREATE INDEX project_status ON project (status);

CREATE TABLE project_theme (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  theme_id   INTEGER NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, theme_id)
);

-- The project team beyond its lead.
CREATE TABLE project_member (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  facilitator_id INTEGER NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
  role           TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, facilitator_id)
);

-- Documents attached to a project, stored by reference (URI), never copied in.
CREATE TABLE project_document (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  uri        TEXT NOT NULL CHECK (length (uri) > 0),
  title      TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A planned or paid instalment of a project's grant.
CREATE TABLE tranche (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id      INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL CHECK (position >= 1),
  planned_on      TEXT NOT NULL CHECK (date (planned_on, '+0 days') IS planned_on),
  paid_on         TEXT CHECK (paid_on IS NULL OR date (paid_on, '+0 days') IS paid_on),
  amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
  currency        TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  override_reason TEXT,
  note            TEXT,
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, position)
);
CREATE INDEX tranche_planned_on ON tranche (planned_on);

-- A badge: its design (JSON: shape, colours, icon, banner, ribbon, stars) and Open Badges
-- metadata. Translations of name/description/criteria live in badge_text.
CREATE TABLE badge (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  short_name      TEXT,
  description     TEXT NOT NULL DEFAULT '',
  criteria        TEXT NOT NULL DEFAULT '',
  category        TEXT NOT NULL DEFAULT 'other'
                  CHECK (category IN ('competence', 'module', 'role', 'other')),
  tags            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (tags)),
  alignment       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (alignment)),
  design          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid (design)),
  template_key    TEXT,
  language        TEXT NOT NULL DEFAULT 'en',
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE badge_text (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  badge_id    INTEGER NOT NULL REFERENCES badge (id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  short_name  TEXT,
  description TEXT NOT NULL DEFAULT '',
  criteria    TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (badge_id, language)
);

-- A badge awarded to a facilitator. After erasure the facilitator link is gone and the
-- recipient stays only as its salted hash.
CREATE TABLE award (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  badge_id           INTEGER NOT NULL REFERENCES badge (id) ON DELETE RESTRICT,
  facilitator_id     INTEGER REFERENCES facilitator (id) ON DELETE SET NULL,
  recipient_hash     TEXT NOT NULL CHECK (recipient_hash GLOB 'sha256$*'),
  recipient_salt     TEXT NOT NULL,
  issued_on          TEXT NOT NULL CHECK (date (issued_on, '+0 days') IS issued_on),
  expires_on         TEXT CHECK (expires_on IS NULL OR (date (expires_on, '+0 days') IS expires_on
                                                         AND expires_on > issued_on)),
  evidence_narrative TEXT,
  evidence_url       TEXT,
  revoked_at         TEXT,
  revocation_reason  TEXT,
  created_at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX award_badge ON award (badge_id);
CREATE INDEX award_facilitator ON award (facilitator_id);

CREATE TABLE endorsement (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  award_id                INTEGER NOT NULL REFERENCES award (id) ON DELETE CASCADE,
  endorser_facilitator_id INTEGER REFERENCES facilitator (id) ON DELETE SET NULL,
  endorser_name           TEXT NOT NULL CHECK (length (trim (endorser_name)) > 0),
  comment                 TEXT NOT NULL DEFAULT '',
  issued_on               TEXT NOT NULL CHECK (date (issued_on, '+0 days') IS issued_on),
  created_at              TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at              TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Who changed what and when: the history view and, later, sync read it.
CREATE TABLE change_log (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  at          TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor       TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_uuid TEXT NOT NULL CHECK (length (entity_uuid) = 36),
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'transition')),
  detail      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid (detail)),
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX change_log_entity ON change_log (entity, entity_uuid);

-- updated_at follows every change.
CREATE TRIGGER programme_touch AFTER UPDATE ON programme FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE programme SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER municipality_touch AFTER UPDATE ON municipality FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE municipality SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER organisation_touch AFTER UPDATE ON organisation FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE organisation SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER facilitator_touch AFTER UPDATE ON facilitator FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE facilitator SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER facilitator_language_touch AFTER UPDATE ON facilitator_language FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE facilitator_language SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER training_touch AFTER UPDATE ON training FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE training SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER activity_touch AFTER UPDATE ON activity FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE activity SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER assignment_touch AFTER UPDATE ON assignment FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE assignment SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER funding_round_touch AFTER UPDATE ON funding_round FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE funding_round SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER round_budget_touch AFTER UPDATE ON round_budget FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE round_budget SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER theme_touch AFTER UPDATE ON theme FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE theme SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER project_touch AFTER UPDATE ON project FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE project SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER project_theme_touch AFTER UPDATE ON project_theme FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE project_theme SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER project_member_touch AFTER UPDATE ON project_member FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE project_member SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER project_document_touch AFTER UPDATE ON project_document FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE project_document SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER tranche_touch AFTER UPDATE ON tranche FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE tranche SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER badge_touch AFTER UPDATE ON badge FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE badge SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER badge_text_touch AFTER UPDATE ON badge_text FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE badge_text SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER award_touch AFTER UPDATE ON award FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE award SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER endorsement_touch AFTER UPDATE ON endorsement FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE endorsement SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER change_log_touch AFTER UPDATE ON change_log FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE change_log SET updated_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
