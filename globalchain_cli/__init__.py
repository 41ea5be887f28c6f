"""gcheck: checks the figures of French-language news articles against one another."""

__version__ = "0.1.0"
