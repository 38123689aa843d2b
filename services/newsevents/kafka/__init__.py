"""Kafka helpers for newsevents (topics, local broker for tests and demos)."""
