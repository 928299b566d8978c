"""The report templates (Jinja2, CSS, script), shipped in the wheel as compare.templates."""
