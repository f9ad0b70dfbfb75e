"""safety-events: the sync, its config and backends (the CLI is :mod:`sheets_sync.cli`)."""
__version__ = "0.1.0"
