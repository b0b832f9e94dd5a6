"""Names of the environment variables deskcli reads, defined once."""

DESK_DB = "DESK_DB"
DESK_CONFIG = "DESK_CONFIG"
DESK_NOW = "DESK_NOW"
DESK_AGENT = "DESK_AGENT"
DESK_DEBUG = "DESK_DEBUG"
DESK_KEY_FILE = "DESK_KEY_FILE"
DESK_PIN = "DESK_PIN"
