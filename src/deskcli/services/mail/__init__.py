"""The desk's mail use cases (SPEC section 7).

``inbox.receive`` is the one use case behind ``desk mail-in`` (standard input, a maildir,
IMAP); ``hooks`` is what the request use cases call, inside their own transaction, so the
mail a change causes is queued with it; ``outbox`` renders and queues one message;
``sending`` delivers the outbox; ``reminders`` queues renewal reminders.

Nothing is imported here: ``services.requests`` imports ``hooks``, and ``inbox`` imports
``services.requests``.
"""
