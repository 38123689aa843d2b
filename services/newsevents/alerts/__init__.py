"""Stage 4 of the flow: events → alerts, by rules loaded from a data file."""
