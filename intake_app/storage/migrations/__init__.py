"""Alembic migrations of the post database (run by the app at start)."""
