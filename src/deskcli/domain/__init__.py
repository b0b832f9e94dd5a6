"""The pure domain core: calendar, SLA clock, pricing, eligibility, intake rules.

Nothing here imports typer, rich or sqlite_utils, so it can be used from a Python shell.
"""
