"""Kept for imports still in flight on other branches: the four jobs drafting.py held now live in
askfoi/answers.py (answers and loading them), askfoi/letter.py (the letter), askfoi/formats.py (text,
Markdown and email output) and askfoi/framing.py (parts from what a message asks, which replaced the
English rewriting engine). Import from those modules.
"""

from askfoi.answers import MAX_PARTS, Answers, AnswersError, describe_answers_error, load_answers, parse_answers  # noqa: F401
from askfoi.formats import escape_markdown, render_letter  # noqa: F401
from askfoi.letter import SUBJECT_MAX_CHARS, Letter, draft_letter  # noqa: F401
