"""Stage 2 of the flow: article text → diplomatic events and casualty updates (pure)."""
