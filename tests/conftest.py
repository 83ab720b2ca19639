"""Hypothesis settings profiles.

Profiles (choose with the environment variable ``HYPOTHESIS_PROFILE``, default ``ci``):
``ci`` runs 200 examples per property, derandomized so CI is reproducible; ``thorough``
runs 5000 for a deeper search before a release.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
