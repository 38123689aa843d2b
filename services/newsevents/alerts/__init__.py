"""Stage 5 of the flow: events → alerts, by rules loaded from a data file.

``rules`` holds the rule models and the stateless per-article evaluation;
``tracking`` the lifecycle of alerts over story versions (one per story and
rule, escalation, suppression, resolution, expiry), called by the story stage.
"""
