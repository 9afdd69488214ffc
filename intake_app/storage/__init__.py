"""SQLModel tables, the database engine, migrations and the write journal (outbox, audit)."""
