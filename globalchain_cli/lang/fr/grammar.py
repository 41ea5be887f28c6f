"""French regex shapes of the constructions that relate figures (read by ``relations/``)."""
