"""Stage 1 of the flow: raw Kafka message bytes → validated ``RawArticle``."""

from newsevents.parse.decode import InputLimits, decode_article

__all__ = ["InputLimits", "decode_article"]
