-- A person's decision on an annotation the annotators no longer produce stays, marked so: the machine's
-- last span and attributes are kept, so a later version that produces it again is matched to it.
ALTER TABLE annotation ADD COLUMN IF NOT EXISTS machine_gone BOOLEAN DEFAULT FALSE NOT NULL;
