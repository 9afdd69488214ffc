"""A freshly set-up encrypted post with cheap argon2 settings, for account tests."""

from __future__ import annotations

from intake_app.services.posts import ENTIKONG_POST
from intake_app.services.setup import SupervisorDraft
from intake_app.storage.keyring import KdfParams

# Tests only: the real cost (64 MiB, 3 passes) would make each login take ~0.2 s.
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=256, parallelism=1)
SUPERVISOR = SupervisorDraft(username="sari", full_name="Sari Wulandari", password="rahasia-123")
POST = ENTIKONG_POST
