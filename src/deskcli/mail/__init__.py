"""Mail in and out (SPEC section 7): the formats and the servers, under the mail use cases.

``inbound`` reads one customer message into a typed record, ``outbound`` builds the
messages the desk sends, ``templates`` renders their texts, ``transport`` talks SMTP and
IMAP. Parsing and building are pure: no database, no network, no clock of their own.
Nothing here knows the desk's database: ``deskcli.services.mail`` decides what a message
means and what to send, and the commands in ``deskcli.cli.mail_cmd`` are the face.
"""
