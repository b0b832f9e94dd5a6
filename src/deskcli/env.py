"""Names of the environment variables deskcli reads, defined once."""

DESK_DB = "DESK_DB"
DESK_CONFIG = "DESK_CONFIG"
DESK_NOW = "DESK_NOW"
DESK_AGENT = "DESK_AGENT"
DESK_DEBUG = "DESK_DEBUG"
DESK_KEY_FILE = "DESK_KEY_FILE"
#: The editor and pager, as git and most terminal tools read them.
VISUAL = "VISUAL"
EDITOR = "EDITOR"
PAGER = "PAGER"
