"""Stage 4 of the flow: stories, reports of one event from many articles merged (pure).

``raw article → parse → extract → stories → alerts → route → publish``: the story
stage takes each article's per-article records, merges them into canonical
diplomatic events, incidents and running tolls (``diplomatic``, ``casualty``),
publishes a new version of each on a material change and hands each version to
the alert lifecycle (``alerts.tracking``). State is plain data (``state``), one
``StoryState`` per merge key (``keys``), held in a Faust table in the stream and
in a dict by ``newsevents extract``; ``stage.apply`` is the one entry point.
"""

from newsevents.stories.config import StoryConfig, load_story_config
from newsevents.stories.keys import merge_key
from newsevents.stories.stage import (
    StoryInput,
    apply,
    apply_article,
    report_time,
    story_inputs,
)
from newsevents.stories.state import ArticleRef, CasualtyStory, DiplomaticStory, StoryState

__all__ = [
    "ArticleRef",
    "CasualtyStory",
    "DiplomaticStory",
    "StoryConfig",
    "StoryInput",
    "StoryState",
    "apply",
    "apply_article",
    "load_story_config",
    "merge_key",
    "report_time",
    "story_inputs",
]
