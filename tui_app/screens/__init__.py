"""The app's screens. They read ``app.session.plan`` and save through ``app.submit``; none touches the file."""
