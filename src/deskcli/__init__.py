"""deskcli: a terminal support desk that enforces a published support policy."""

__version__ = "0.1.0"
