"""Use cases: what an officer or head office does, in short transactions."""
