"""Turn a folder of news articles into a static, searchable website."""

__version__ = "0.1.0"
