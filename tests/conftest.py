"""Settings shared by every test module."""

from hypothesis import settings

# Hypothesis fails an example that runs longer than 200 ms by default: a timed test in disguise,
# which fails on a loaded CI machine (test_triggers did, at 407 ms under a load of 14). Speed is
# measured in benchmarks/, never asserted in a unit test, so no property test has a deadline.
settings.register_profile("divergence", deadline=None)
settings.load_profile("divergence")
