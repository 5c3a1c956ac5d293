"""Lingkaran Desktop core: domain rules, storage, services and CLI. Never imports Qt."""

__version__ = "0.1.0"
