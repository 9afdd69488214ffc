"""Sync batch file format, signing, encryption and the push client (no Qt, no session)."""
