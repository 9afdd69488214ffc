"""Head office's receiver: post registry, batch ingest, read API and CLI (issue 5)."""
