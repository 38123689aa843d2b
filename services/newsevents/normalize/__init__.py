"""Stage 3 of the flow: normalizers shared by the extractors (dates, numbers, places, actors)."""
