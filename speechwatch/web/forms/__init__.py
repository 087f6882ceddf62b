"""Forms of the web app: the incident, its related rows, its proceeding and sign-in."""
