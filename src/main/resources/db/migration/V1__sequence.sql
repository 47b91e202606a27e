-- One sequence hands out ids to every entity (see BaseEntity); allocation size 50.
-- EclipseLink takes each value it draws as the LAST id of a block of 50 (value 50 → ids 1..50),
-- so the sequence must start at 50: starting at 1 makes it refuse the sequence (EclipseLink-7027).
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;
