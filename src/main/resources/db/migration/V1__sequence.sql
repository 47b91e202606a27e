-- One sequence hands out ids to every entity (see BaseEntity); allocation size 50.
CREATE SEQUENCE entity_seq START WITH 1 INCREMENT BY 50;
