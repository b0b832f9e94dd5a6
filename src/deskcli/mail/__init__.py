"""Mail in and out (SPEC section 7): the desk's mail face.

``inbound`` reads one customer message into a typed record, ``outbound`` builds the
messages the desk sends, ``templates`` renders their texts, ``transport`` talks SMTP and
IMAP. Parsing and building are pure: no database, no network, no clock of their own.
"""
