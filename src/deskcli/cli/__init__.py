"""The ``desk`` command line. ``app`` holds the Typer application; this package's modules
that the fast path uses (runtime, exits, queue_core) never import Typer."""
