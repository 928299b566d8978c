"""divergence: line up the facts several news articles share and judge whether they agree."""

__version__ = "0.1.0"
