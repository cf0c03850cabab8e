"""The one exception the library raises on bad input."""


class ExtractionError(ValueError):
    """A page that cannot be turned into a record (empty, binary, undecodable, no article)."""
