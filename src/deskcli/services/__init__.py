"""The desk's use cases: open, reply, close, renew, import, ... each takes one ``Context``.

The command line, the mail gateway and the terminal screen are faces on these; no policy
rule is written in a face. Each use case validates, calls the domain for every rule and
the store for every read and write, in one transaction, and returns plain rows.
"""
