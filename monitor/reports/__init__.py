"""The half-year report: data from SQL, renderers to HTML, PDF, DOCX and Markdown, the archive."""
