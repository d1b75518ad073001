"""Charts of analysis results (matplotlib figures, no Qt): embedded in the panel, exported as images."""
