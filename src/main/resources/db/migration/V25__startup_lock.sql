-- Start-up work that must be done once for a database, however many application nodes start against it together
-- (the demo load): the node doing it locks the work's row in the same transaction, so another node waits for that
-- transaction to end and then finds the work done.
CREATE TABLE startup_lock (
    name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_startup_lock PRIMARY KEY (name)
);
INSERT INTO startup_lock (name) VALUES ('demo');
