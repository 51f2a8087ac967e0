-- Every statement may find its object made already: H2 commits DDL one statement at a time, so a first
-- start killed in the middle leaves part of it, and the next start completes it.
-- Projects, their documents, the annotations on them (machine suggestions and human decisions in one row,
-- the machine's own version kept beside the human's), every curation action (the audit trail and the
-- source of undo), machine changes awaiting a decision after a re-run, and conflict reviews.
CREATE TABLE IF NOT EXISTS project (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  revision BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE IF NOT EXISTS document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  name VARCHAR(500) NOT NULL,
  title VARCHAR(1000),
  text CLOB NOT NULL,
  sha256 CHAR(64) NOT NULL,
  added_at TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by VARCHAR(100) NOT NULL,
  annotated_at TIMESTAMP WITH TIME ZONE,
  UNIQUE (project_id, name)
);

CREATE TABLE IF NOT EXISTS annotation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  type VARCHAR(100) NOT NULL,
  begin_offset INT NOT NULL,
  end_offset INT NOT NULL,
  attributes CLOB NOT NULL,
  origin VARCHAR(10) NOT NULL,
  status VARCHAR(12) NOT NULL,
  annotator VARCHAR(200),
  annotator_version VARCHAR(100),
  confidence DOUBLE PRECISION,
  machine_begin INT,
  machine_end INT,
  machine_attributes CLOB,
  version INT DEFAULT 1 NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS annotation_document ON annotation(document_id);

CREATE TABLE IF NOT EXISTS curation_action (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  annotation_id BIGINT,
  action VARCHAR(20) NOT NULL,
  before_state CLOB,
  after_state CLOB,
  user_name VARCHAR(100) NOT NULL,
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  undone BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX IF NOT EXISTS curation_action_document ON curation_action(document_id, id);

CREATE TABLE IF NOT EXISTS machine_change (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  annotation_id BIGINT,
  kind VARCHAR(10) NOT NULL,
  type VARCHAR(100) NOT NULL,
  begin_offset INT NOT NULL,
  end_offset INT NOT NULL,
  annotator VARCHAR(200),
  annotator_version VARCHAR(100),
  confidence DOUBLE PRECISION,
  before_attributes CLOB,
  after_attributes CLOB,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  state VARCHAR(10) DEFAULT 'pending' NOT NULL,
  decided_by VARCHAR(100),
  decided_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS machine_change_document ON machine_change(document_id, state);

CREATE TABLE IF NOT EXISTS conflict_review (
  project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  conflict_key VARCHAR(64) NOT NULL,
  status VARCHAR(12) NOT NULL,
  note CLOB,
  user_name VARCHAR(100) NOT NULL,
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  version INT DEFAULT 1 NOT NULL,
  PRIMARY KEY (project_id, conflict_key)
);
